import fs from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { env } from "./env";
import { UPLOAD_NAME } from "./upload-names";

/** The folder uploaded images live in (UPLOADS_DIR), outside public/ since it fills after the build. */
export function uploadsDir(): string {
  return path.resolve(env().UPLOADS_DIR);
}

/** Where an uploaded image is on disk; null for any name the portal did not make. */
export function uploadPath(name: string): string | null {
  return UPLOAD_NAME.test(name) ? path.join(uploadsDir(), name) : null;
}

let s3: AwsClient | undefined;

/** The object's address in the bucket when S3_* is set (S3_BUCKET decides), else null: the folder is used. */
function s3Url(name: string): string | null {
  const { S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env();
  if (!S3_BUCKET) return null;
  s3 ??= new AwsClient({ accessKeyId: S3_ACCESS_KEY_ID ?? "", secretAccessKey: S3_SECRET_ACCESS_KEY ?? "", region: S3_REGION, service: "s3" });
  const endpoint = new URL(S3_ENDPOINT ?? `https://s3.${S3_REGION}.amazonaws.com`);
  if (S3_FORCE_PATH_STYLE) return new URL(`${endpoint.pathname.replace(/\/$/, "")}/${S3_BUCKET}/${name}`, endpoint).href;
  endpoint.hostname = `${S3_BUCKET}.${endpoint.hostname}`;
  return new URL(name, endpoint).href;
}

/** Stores an image under a name the portal made; `replace: false` refuses to overwrite a file. */
export async function storeUpload(name: string, data: Uint8Array, { replace }: { replace: boolean }): Promise<void> {
  if (!UPLOAD_NAME.test(name)) throw new Error(`not an upload name: ${name}`);
  const url = s3Url(name);
  if (url) {
    // Names are random UUIDs: an object is never overwritten by another image.
    const response = await s3!.fetch(url, { method: "PUT", body: new Uint8Array(data), headers: { "Content-Type": "image/webp" } });
    if (!response.ok) throw new Error(`S3 refused ${name}: ${response.status} ${await response.text()}`);
    return;
  }
  await fs.mkdir(uploadsDir(), { recursive: true });
  await fs.writeFile(uploadPath(name)!, data, { flag: replace ? "w" : "wx" });
}

/** Whether an upload exists (the demo seed draws its covers when they are missing). */
export async function uploadExists(name: string): Promise<boolean> {
  const url = s3Url(name);
  if (url) return (await s3!.fetch(url, { method: "HEAD" })).ok;
  return fs.access(uploadPath(name)!).then(
    () => true,
    () => false,
  );
}

/**
 * An upload's bytes as a stream, or where to find it: `redirect` when S3_PUBLIC_URL
 * serves the bucket itself. Null for any other name or a missing file.
 */
export async function openUpload(name: string): Promise<{ body: ReadableStream<Uint8Array> } | { redirect: string } | null> {
  if (!UPLOAD_NAME.test(name)) return null;
  const publicUrl = env().S3_PUBLIC_URL;
  if (publicUrl && env().S3_BUCKET) return { redirect: `${publicUrl.replace(/\/$/, "")}/${name}` };
  const url = s3Url(name);
  if (url) {
    const response = await s3!.fetch(url, { method: "GET" });
    if (!response.ok || !response.body) return null;
    return { body: response.body };
  }
  try {
    const data = await fs.readFile(uploadPath(name)!);
    return {
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(data));
          controller.close();
        },
      }),
    };
  } catch {
    return null;
  }
}
