import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES, reencodeImage } from "@/lib/image";

const picture = (format: "jpeg" | "png" | "webp", width = 2400, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: "#0077a3" } })
    .withMetadata({ exif: { IFD0: { Copyright: "secret camera" } } })
    .toFormat(format)
    .toBuffer();

describe("uploaded images", () => {
  it.each(["jpeg", "png", "webp"] as const)("re-encodes a %s as WebP, at most 1600 px a side, without metadata", async (format) => {
    const result = await reencodeImage(await picture(format));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.data).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([1600, 800]);
    expect(meta.exif).toBeUndefined();
  });

  it("does not enlarge a small image", async () => {
    const result = await reencodeImage(await picture("png", 300, 200));
    expect(result.ok && [result.width, result.height]).toEqual([300, 200]);
  });

  it("judges by content, not by name: text, a GIF, and a PNG header on garbage are refused", async () => {
    expect(await reencodeImage(new TextEncoder().encode("<?php echo 'hello'; ?>"))).toEqual({ ok: false, reason: "notAnImage" });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer();
    expect(await reencodeImage(gif)).toEqual({ ok: false, reason: "notAnImage" });
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]);
    expect(await reencodeImage(fake)).toEqual({ ok: false, reason: "notAnImage" });
  });

  it("refuses more than 5 MB before decoding anything", async () => {
    expect(await reencodeImage(new Uint8Array(MAX_IMAGE_BYTES + 1))).toEqual({ ok: false, reason: "tooLarge" });
  });
});
