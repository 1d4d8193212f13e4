import type http from "node:http";
import { MAX_IMAGE_BYTES } from "@/lib/image-limit";
import type { GateRefusal } from "./refusal";

/** Forms and server actions: 1 MB, as Next's own limit for actions. Cover uploads: the image limit and room for the multipart envelope. */
export const FORM_BODY_LIMIT = 1024 * 1024;
const UPLOAD_BODY_LIMIT = MAX_IMAGE_BYTES + 64 * 1024;

const tooLargeForm: GateRefusal = { status: 413, title: "RequestGate.tooLargeTitle", text: "RequestGate.tooLarge" };
// The cover field reads the error key from JSON and shows its own message; a script reads the sentence.
const tooLargeImage: GateRefusal = { status: 413, title: "RequestGate.tooLargeTitle", text: "RequestGate.imageTooLarge", json: "tooLarge" };

const isUpload = (request: http.IncomingMessage) => (request.url ?? "/").split("?")[0] === "/api/uploads";

export function bodyLimitOf(request: http.IncomingMessage): number {
  return isUpload(request) ? UPLOAD_BODY_LIMIT : FORM_BODY_LIMIT;
}

/** The answer to a body over its limit: it names the limit that applies (5 MB for an image, 1 MB for a form). */
export function tooLarge(request: http.IncomingMessage): GateRefusal {
  return isUpload(request) ? tooLargeImage : tooLargeForm;
}

/** A body announced as larger than the limit is refused before it is read. */
export function refuseAnnouncedLargeBody(request: http.IncomingMessage): GateRefusal | undefined {
  const length = Number(request.headers["content-length"] ?? 0);
  return Number.isFinite(length) && length > bodyLimitOf(request) ? tooLarge(request) : undefined;
}
