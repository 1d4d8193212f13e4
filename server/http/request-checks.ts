import type http from "node:http";
import { env } from "@/lib/env";
import { isOriginlessFormPost, isSameOriginWrite } from "@/lib/request-origin";
import { refuseAnnouncedLargeBody } from "./body-limit";
import type { GateRefusal } from "./refusal";

/**
 * What server.ts checks before Next sees a request, in order; the first
 * refusal answers (a small translated page, server/http/refusal.ts) and Next
 * never runs. A check that needs a new answer adds its message keys under
 * RequestGate in messages/*.json.
 */
type RequestCheck = (request: http.IncomingMessage) => GateRefusal | undefined;

const crossOrigin: GateRefusal = { status: 403, title: "RequestGate.crossOriginTitle", text: "RequestGate.crossOrigin" };
const malformedAddress: GateRefusal = { status: 400, title: "RequestGate.malformedAddressTitle", text: "RequestGate.malformedAddress" };
const readOnlyMethods = new Set(["GET", "HEAD", "OPTIONS"]);
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pathOf = (request: http.IncomingMessage) => (request.url ?? "/").split("?")[0];

/** A path whose percent-encoding does not decode (`/fr/agenda/%E0%A4%A`, a mangled link): Next would answer 500. */
const refuseMalformedPath: RequestCheck = (request) => {
  try {
    decodeURIComponent(pathOf(request));
    return undefined;
  } catch {
    return malformedAddress;
  }
};

/**
 * A POST (form, server action, /api/auth/*, upload) from another site's page.
 * Next's own check (serverActions.allowedOrigins) covers server actions only;
 * this one covers route handlers too, and answers a translated page, not a 500.
 */
const refuseCrossOriginWrite: RequestCheck = (request) => {
  if (readOnlyMethods.has(request.method ?? "GET")) return undefined;
  const sameOrigin = isSameOriginWrite({
    origin: single(request.headers.origin),
    fetchSite: single(request.headers["sec-fetch-site"]),
    host: single(request.headers.host),
    forwardedHost: single(request.headers["x-forwarded-host"]),
    forwardedProto: single(request.headers["x-forwarded-proto"]),
    siteUrl: env().SITE_URL,
  });
  return sameOrigin ? undefined : crossOrigin;
};

/** A no-JavaScript form post without Origin: never a browser, and it can hang Next (lib/request-origin.ts). */
const refuseOriginlessFormPost: RequestCheck = (request) =>
  isOriginlessFormPost({
    method: request.method,
    path: pathOf(request),
    origin: single(request.headers.origin),
    nextAction: single(request.headers["next-action"]),
  })
    ? crossOrigin
    : undefined;

const CHECKS: RequestCheck[] = [refuseMalformedPath, refuseCrossOriginWrite, refuseOriginlessFormPost, refuseAnnouncedLargeBody];

/** The first refusal the request meets, if any. */
export function firstRefusal(request: http.IncomingMessage): GateRefusal | undefined {
  for (const check of CHECKS) {
    const refusal = check(request);
    if (refusal) return refusal;
  }
  return undefined;
}
