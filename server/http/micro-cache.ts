import type { PortalRequest, PortalResponse, SentCopy } from "./exchange";
import { hasSessionCookie } from "./response-headers";

/**
 * One second of memory in front of Next's cache ("micro-caching", as nginx
 * calls it): a page Next served from its cache (`x-nextjs-cache: HIT`) is
 * kept as the bytes that went out, and for the next second the same request
 * gets those bytes again without entering Next. Next still decides what is
 * cached and for how long (ISR, cache-handler.mjs); this only spares a burst
 * of readers of one page Next's routing and its writing of the page, most of
 * what a cached page costs (docs/performance.md).
 *
 * A copy is no longer used once any invalidation reaches this instance (its
 * own or another instance's: cache-handler.mjs counts them), so a change
 * shows at the next request as it does without the copies; past its second,
 * a copy is dropped and the request goes to Next, which serves the page or
 * renders it again once its own time is up.
 *
 * Only what Next answers the same to everyone is kept: GET of a page or a
 * route, without the headers of Next's own navigations (an RSC payload, a
 * prefetch, a server action) or a range; a 200 from Next's cache that sets no
 * cookie. The key is the address, the Accept-Encoding (the body is kept as
 * compressed for it) and whether the reader is signed in (their copy says
 * `Cache-Control: private, no-store`, server/http/response-headers.ts).
 */
const TTL_MS = 1_000;
const MAX_BYTES = 16 * 1024 * 1024;
// Also a bound on their number, whatever their size (an empty answer weighs nothing).
const MAX_COPIES = 5_000;
// Request headers with which Next answers the same address differently.
const variantHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "range"];

type Copy = SentCopy & { keptAt: number; generation: number };

export type MicroCacheSettings = { generation: () => number; ttlMs?: number; maxBytes?: number; now?: () => number };

export function createMicroCache({ generation, ttlMs = TTL_MS, maxBytes = MAX_BYTES, now = Date.now }: MicroCacheSettings) {
  const copies = new Map<string, Copy>();
  let bytes = 0;

  function keyOf(request: PortalRequest): string | undefined {
    if (request.method !== "GET" && request.method !== "HEAD") return undefined;
    if (variantHeaders.some((name) => request.headers[name] !== undefined)) return undefined;
    const url = request.url ?? "/";
    if (/[?&]_rsc=/.test(url)) return undefined;
    return `${hasSessionCookie(request) ? "member" : "visitor"}\n${request.headers["accept-encoding"] ?? ""}\n${url}`;
  }

  function forget(key: string): void {
    const copy = copies.get(key);
    if (!copy) return;
    copies.delete(key);
    bytes -= copy.body.length;
  }

  function keep(key: string, copy: Copy): void {
    forget(key);
    if (copy.body.length > maxBytes) return;
    copies.set(key, copy);
    bytes += copy.body.length;
    // A Map keeps insertion order: the first keys are the oldest copies.
    for (const [oldKey] of copies) {
      if (bytes <= maxBytes && copies.size <= MAX_COPIES) break;
      forget(oldKey);
    }
  }

  /**
   * Answers `request` with a fresh copy and returns true; otherwise returns
   * false, and the response, once Next has made it, is kept if it qualifies.
   */
  function serve(request: PortalRequest, response: PortalResponse): boolean {
    const key = keyOf(request);
    if (key === undefined) return false;
    const found = copies.get(key);
    if (found && now() - found.keptAt < ttlMs && found.generation === generation()) {
      response.sendCopy(found, request.method === "GET");
      return true;
    }
    if (found) forget(key);
    if (request.method !== "GET") return false;
    const startedAt = generation();
    response.keepCopyIf(
      (sent, status) => status === 200 && sent.getHeader("x-nextjs-cache") === "HIT" && !sent.hasHeader("set-cookie") && variesOnlyAsKeyed(sent.getHeader("vary")),
    );
    response.once("finish", () => {
      const copy = response.copy();
      // An invalidation while Next was answering may have come after it read its cache.
      if (copy && generation() === startedAt) keep(key, { ...copy, keptAt: now(), generation: startedAt });
    });
    return false;
  }

  return { serve, stats: () => ({ copies: copies.size, bytes }) };
}

/** Whether the response's Vary names only what the key covers (Next's navigation headers, Accept-Encoding). */
function variesOnlyAsKeyed(vary: number | string | string[] | undefined): boolean {
  if (vary === undefined) return true;
  const names = String(vary).toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  return names.every((name) => name === "accept-encoding" || variantHeaders.includes(name));
}
