import "server-only";
import { randomUUID } from "node:crypto";
import { MAX_IMAGE_BYTES, reencodeImage } from "@/lib/image";
import { storeUpload } from "@/lib/uploads";
import { canEditAgenda } from "./agenda/access";
import { canEditNews } from "./news/access";
import type { CurrentUser } from "./users";

export type UploadResult = { ok: true; name: string } | { ok: false; reason: "forbidden" | "missing" | "tooLarge" | "notAnImage" };

/**
 * Stores an editor's image (a cover for an article or an event): checked by
 * content, re-encoded (so that nothing but pixels survives), under a name the
 * portal makes up.
 */
export async function saveUploadedImage(caller: CurrentUser | null, file: File | null): Promise<UploadResult> {
  if (!canEditNews(caller) && !canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!file || file.size === 0) return { ok: false, reason: "missing" };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, reason: "tooLarge" };
  const image = await reencodeImage(new Uint8Array(await file.arrayBuffer()));
  if (!image.ok) return image;
  const name = `${randomUUID()}.webp`;
  await storeUpload(name, image.data, { replace: false });
  return { ok: true, name };
}
