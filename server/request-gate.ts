import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { isDatabaseAvailable, runRequest } from "@/db/availability";
import { noncePolicy } from "@/lib/content-security-policy";
import { env } from "@/lib/env";
import { isOriginlessFormPost, isSameOriginWrite } from "@/lib/request-origin";
import { refuseAnnouncedLargeBody, tooLarge, watchStreamedBody } from "./request-gate/body-limit";
import { handleDatabaseOutage, sendOutage } from "./request-gate/database-outage";
import { sendRefusal, type GateRefusal } from "./request-gate/refusal";
import { createRenderQueue } from "./request-gate/render-queue";
import { finishHeaders } from "./request-gate/response-headers";

/**
 * Every HTTP request passes here before Next.js sees it (Next gives the
 * application no earlier hook, and a proxy would cost every page; see
 * STACK.md). The gate prepares the request (peer address, CSP nonce, no
 * forged internal headers), answers 503 while the database is down, runs the
 * CHECKS below in order (the first refusal
 * answers, translated, and Next never runs), lets page requests into Next a
 * few at a time (request-gate/render-queue.ts), and sets the security headers
 * just before the response's status line goes out. A request whose queries
 * lose the database while Next works on it gets the same translated 503, not
 * Next's 500 (answerLostConnection below).
 */
type RequestCheck = (request: http.IncomingMessage) => GateRefusal | undefined;

const crossOrigin: GateRefusal = { status: 403, title: "RequestGate.crossOriginTitle", text: "RequestGate.crossOrigin" };
const readOnlyMethods = new Set(["GET", "HEAD", "OPTIONS"]);
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pathOf = (request: http.IncomingMessage) => (request.url ?? "/").split("?")[0];

/** A POST (form, server action, /api/auth/*, upload) from another site's page. */
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

const malformedAddress: GateRefusal = { status: 400, title: "RequestGate.malformedAddressTitle", text: "RequestGate.malformedAddress" };

/** A path whose percent-encoding does not decode (`/fr/agenda/%E0%A4%A`, a mangled link): Next would answer 500. */
const refuseMalformedPath: RequestCheck = (request) => {
  try {
    decodeURIComponent(pathOf(request));
    return undefined;
  } catch {
    return malformedAddress;
  }
};

// The checks, in order. A check that needs a new answer adds its message keys under RequestGate in messages/*.json.
const CHECKS: RequestCheck[] = [refuseMalformedPath, refuseCrossOriginWrite, refuseOriginlessFormPost, refuseAnnouncedLargeBody];

// Headers a client could send to pass for Next itself: x-middleware-subrequest skipped the proxy in old Next versions (CVE-2025-29927).
/** The TCP peer's address, for server/client-address.ts; any value a client sends under this name is overwritten. */
export const PEER_HEADER = "x-portal-peer-address";

const internalHeaders = ["x-middleware-subrequest", "x-middleware-prefetch", "x-invoke-path", "x-invoke-query", "x-invoke-output"];

function prepare(request: http.IncomingMessage): string {
  for (const name of internalHeaders) delete request.headers[name];
  request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
  const nonce = randomBytes(16).toString("base64");
  // Next reads the nonce for its scripts from the request's policy; a client's own value is replaced.
  request.headers["content-security-policy"] = noncePolicy(nonce, process.env.NODE_ENV === "production");
  delete request.headers["content-security-policy-report-only"];
  return nonce;
}

/** After the gate has answered, whatever Next still tries to send is dropped. */
function silence(response: http.ServerResponse): void {
  const quiet = response as unknown as Record<string, unknown>;
  quiet.setHeader = () => response;
  quiet.removeHeader = () => undefined;
  quiet.writeHead = () => response;
  quiet.flushHeaders = () => undefined;
  quiet.write = () => true;
  quiet.end = () => response;
}

/**
 * PostgreSQL went away while Next was working on this request (killed, a
 * network cut): the reader gets the translated 503 at once, and what Next
 * still renders or fails to render is dropped. Once the status line is out,
 * the response can only end as it is.
 */
function answerLostConnection(request: http.IncomingMessage, response: http.ServerResponse): void {
  if (response.headersSent || response.writableEnded) return;
  sendOutage(request, response);
  silence(response);
}

function admit(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const nonce = prepare(request);
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const status = typeof args[0] === "number" ? args[0] : this.statusCode;
    // A 500 from a query that lost its connection outside the request's own scope (the breaker is open by then).
    if (status >= 500 && status !== 503 && !isDatabaseAvailable()) {
      answerLostConnection(request, this);
      return this;
    }
    finishHeaders(request, this, nonce);
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof response.writeHead;
  // While the database is down, every page answers a translated 503 at once (db/availability.ts).
  if (handleDatabaseOutage(request, response)) return false;
  for (const check of CHECKS) {
    const refusal = check(request);
    if (refusal) {
      sendRefusal(request, response, refusal);
      return false;
    }
  }
  watchStreamedBody(request, () => {
    if (!response.headersSent) sendRefusal(request, response, tooLarge(request));
    else response.end();
    silence(response);
  });
  return true;
}

const installed = Symbol.for("portal.requestGate");
type Flagged = typeof globalThis & { [installed]?: boolean };

/** Called once at start-up, in the Node.js server process. */
export function installRequestGate(): void {
  const flagged = globalThis as Flagged;
  if (flagged[installed]) return;
  const emit = http.Server.prototype.emit;
  const queue = createRenderQueue({ limit: env().PORTAL_RENDER_CONCURRENCY, maxWaiting: 2_000, maxWaitMs: 15_000 });
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (!admit(request, response)) return true;
    queue.enter(request, response, () => {
      // The database may have gone while the request waited its turn.
      if (handleDatabaseOutage(request, response)) return;
      runRequest(
        () => answerLostConnection(request, response),
        () => emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>),
      );
    });
    return true;
  } as typeof emit;
  flagged[installed] = true;
}

/** Whether the gate runs in this process (the peer-address header can then be trusted). */
export function requestGateInstalled(): boolean {
  return (globalThis as Flagged)[installed] === true;
}
