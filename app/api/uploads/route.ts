import { MAX_IMAGE_BYTES } from "@/lib/image";
import { uploadUrl } from "@/lib/upload-names";
import { saveUploadedImage } from "@/server/images";
import { getCurrentUser } from "@/server/session";

const status = { forbidden: 403, missing: 400, tooLarge: 413, notAnImage: 415 } as const;

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}

/**
 * Editors upload a cover image here (multipart, field `file`). The answer
 * names an error by key; the form shows it in the editor's language.
 */
export async function POST(request: Request) {
  // The session cookie is SameSite=Lax; checking the origin as well costs nothing.
  if (!sameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  const caller = await getCurrentUser();
  if (!caller) return Response.json({ error: "forbidden" }, { status: 403 });
  // Refuse an oversized body before reading it (multipart adds a little to the file).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMAGE_BYTES + 64 * 1024) return Response.json({ error: "tooLarge" }, { status: 413 });
  let file: File | null = null;
  try {
    const value = (await request.formData()).get("file");
    file = value instanceof File ? value : null;
  } catch {
    return Response.json({ error: "missing" }, { status: 400 });
  }
  const result = await saveUploadedImage(caller, file);
  if (!result.ok) return Response.json({ error: result.reason }, { status: status[result.reason] });
  return Response.json({ name: result.name, url: uploadUrl(result.name) }, { status: 201 });
}
