import { openUpload } from "@/lib/uploads";

/** Uploaded images, from UPLOADS_DIR or the S3 bucket: files added after the build are not served from public/. */
export async function GET(_request: Request, { params }: RouteContext<"/uploads/[file]">) {
  const upload = await openUpload((await params).file);
  if (!upload) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // A name is never reused for other content: the address may be kept for good.
  if ("redirect" in upload) return Response.redirect(upload.redirect, 308);
  return new Response(upload.body, {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
