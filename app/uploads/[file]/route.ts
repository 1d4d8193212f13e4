import { readUploadedImage } from "@/server/images";

/** Uploaded images: files added after the build are not served from public/, so this route does it. */
export async function GET(_request: Request, { params }: RouteContext<"/uploads/[file]">) {
  const data = await readUploadedImage((await params).file);
  if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      // A name is never reused for other content.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
