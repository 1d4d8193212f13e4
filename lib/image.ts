import sharp from "sharp";
import { MAX_IMAGE_BYTES } from "./image-limit";
import { createSemaphore } from "./semaphore";

export { MAX_IMAGE_BYTES };
const MAX_SIDE = 1600;
/**
 * A small file can claim a huge size: what is larger is refused before it is
 * decoded. 40 megapixels take 120-160 MB once decoded.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

// 16 parallel uploads of a 6300×6300 PNG took the server from 257 MB to 884 MB, and it stayed
// near 780 MB: sharp decoded them all at once, each on every core, and kept its cache. Images are
// now decoded two at a time, one thread each, and nothing is cached.
sharp.cache(false);
sharp.concurrency(1);
const inImageSlot = createSemaphore(2);

type Signature = { format: "jpeg" | "png" | "webp"; test: (b: Uint8Array) => boolean };

// The first bytes say what a file is, whatever its name or declared type.
const signatures: Signature[] = [
  { format: "jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { format: "png", test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte) },
  { format: "webp", test: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export type ImageResult = { ok: true; data: Buffer; width: number; height: number } | { ok: false; reason: "tooLarge" | "notAnImage" };

/**
 * Checks that the bytes are a JPEG, PNG or WebP image (by content), then
 * re-encodes it as WebP at most 1600 px a side, turned upright and without
 * its metadata (camera, location). Anything sharp cannot decode is refused.
 */
export async function reencodeImage(bytes: Uint8Array): Promise<ImageResult> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, reason: "tooLarge" };
  const signature = signatures.find((s) => s.test(bytes));
  if (!signature) return { ok: false, reason: "notAnImage" };
  return inImageSlot(() => reencode(bytes, signature));
}

async function reencode(bytes: Uint8Array, signature: Signature): Promise<ImageResult> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
    const meta = await image.metadata();
    if (meta.format !== signature.format) return { ok: false, reason: "notAnImage" };
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, data, width: info.width, height: info.height };
  } catch {
    return { ok: false, reason: "notAnImage" };
  }
}
