import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A fake S3 on loopback; lib/env.ts reads S3_* once, so they are set before lib/uploads is loaded.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-s3-"));
const s3 = new S3rver({ port: 0, address: "127.0.0.1", directory: dir, silent: true, configureBuckets: [{ name: "covers", configs: [] }] });
let uploads: typeof import("@/lib/uploads");

beforeAll(async () => {
  const { port } = await s3.run();
  Object.assign(process.env, {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: "covers",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
    UPLOADS_DIR: path.join(dir, "folder"),
  });
  uploads = await import("@/lib/uploads");
});

afterAll(async () => {
  await s3.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const name = "0f0e0d0c-0b0a-4908-8706-050403020100.webp";

describe("uploads in S3-compatible storage", () => {
  it("stores an image in the bucket, not the folder, and gives the same bytes back", async () => {
    expect(await uploads.uploadExists(name)).toBe(false);
    await uploads.storeUpload(name, new Uint8Array([82, 73, 70, 70, 1, 2, 3]), { replace: false });
    expect(await uploads.uploadExists(name)).toBe(true);
    expect(fs.existsSync(path.join(dir, "folder", name))).toBe(false);
    const opened = await uploads.openUpload(name);
    expect(opened && "body" in opened).toBe(true);
    if (!opened || !("body" in opened)) return;
    expect([...new Uint8Array(await new Response(opened.body).arrayBuffer())]).toEqual([82, 73, 70, 70, 1, 2, 3]);
  });

  it("answers nothing for a missing object or a name the portal did not make", async () => {
    expect(await uploads.openUpload("1f0e0d0c-0b0a-4908-8706-050403020100.webp")).toBeNull();
    expect(await uploads.openUpload("../etc/passwd")).toBeNull();
    await expect(uploads.storeUpload("evil.php", new Uint8Array([1]), { replace: true })).rejects.toThrow(/not an upload name/);
  });
});
