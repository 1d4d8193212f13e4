import path from "node:path";
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
