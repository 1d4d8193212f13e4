import { AsyncResource } from "node:async_hooks";
import type http from "node:http";
import { sendRefusal, type GateRefusal } from "./refusal";

/**
 * At most `limit` page requests are inside Next.js at once; the others wait
 * their turn, first come first served. Rendering is CPU work on one thread:
 * fifty renders started together finish no sooner than fifty renders taken
 * in turn, but each holds its React tree and its HTML in memory all along,
 * and every reader waits for the slowest. In turn, memory stays bounded and
 * the early readers are served first. A request that cannot be taken within
 * `maxWaitMs`, or that finds `maxWaiting` others already waiting, gets a
 * translated 503 with Retry-After: the server is overloaded, and says so.
 *
 * Only GET and HEAD wait (forms and uploads carry bodies that should not sit
 * in a queue); the build's static files, the health check and the per-reader
 * state never do, nor a request `skip` says needs no render (server/http/cache-lane.ts).
 */
export type RenderQueueSettings = { limit: number; maxWaiting: number; maxWaitMs: number; skip?: (request: http.IncomingMessage) => boolean };

// /api/reader renders nothing: a reader's own state is two indexed statements and a small JSON, and the islands of
// a page a member reads wait for it; it should not queue behind renders (docs/performance.md).
const passThrough = ["/_next/static/", "/api/health", "/api/reader", "/favicon.ico", "/robots.txt"];
const busy: GateRefusal = { status: 503, title: "RequestGate.busyTitle", text: "RequestGate.busy" };
const RETRY_AFTER_S = "5";

type Waiting = { request: http.IncomingMessage; response: http.ServerResponse; run: () => void; timer?: NodeJS.Timeout };

export function waitsInQueue(request: http.IncomingMessage): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = (request.url ?? "/").split("?")[0];
  return !passThrough.some((prefix) => path.startsWith(prefix));
}

export function createRenderQueue({ limit, maxWaiting, maxWaitMs, skip }: RenderQueueSettings) {
  let active = 0;
  const waiting: Waiting[] = [];

  function start(entry: Waiting) {
    active += 1;
    entry.response.once("close", () => {
      active -= 1;
      takeNext();
    });
    entry.run();
  }

  function takeNext() {
    while (active < limit && waiting.length) {
      const entry = waiting.shift()!;
      clearTimeout(entry.timer);
      // A reader who left while waiting is not served.
      if (entry.request.destroyed || entry.response.destroyed) continue;
      start(entry);
    }
  }

  function refuse(entry: Waiting) {
    entry.response.setHeader("Retry-After", RETRY_AFTER_S);
    sendRefusal(entry.request, entry.response, busy);
  }

  /** Runs `run` (hands the request to Next) now, or when its turn comes. */
  function enter(request: http.IncomingMessage, response: http.ServerResponse, run: () => void): void {
    const entry: Waiting = { request, response, run };
    if (limit <= 0 || !waitsInQueue(request) || skip?.(request)) return run();
    if (active < limit) return start(entry);
    if (waiting.length >= maxWaiting) return refuse(entry);
    // Its turn comes when an earlier response closes, inside that response's async context. Bound to
    // the context it arrived in, or Next's AsyncLocalStorage snapshot of each request would hold the
    // request before it, and the server would keep every request it ever queued.
    entry.run = AsyncResource.bind(run);
    entry.timer = setTimeout(() => {
      const index = waiting.indexOf(entry);
      if (index < 0) return;
      waiting.splice(index, 1);
      refuse(entry);
    }, maxWaitMs);
    waiting.push(entry);
  }

  return { enter, stats: () => ({ active, waiting: waiting.length }) };
}
