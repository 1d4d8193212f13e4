import type http from "node:http";

/**
 * Which requests need not wait in the render queue: those for an address whose
 * last answer came from Next's cache (`x-nextjs-cache: HIT` or `STALE`). Such
 * an answer is a read of memory or Redis, not a render, so holding it behind
 * renders only makes the reader wait: under load, link prefetches of cached
 * pages were seen open 8-28 s. Page, RSC navigation and prefetch requests of
 * one address are told apart (they are different cache entries), and so are
 * readers with and without a session cookie. An address whose entry was
 * invalidated escapes the queue once (Next renders one request per entry and
 * makes the others wait for it) and then waits again until it is cached.
 */
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function keyOf(request: http.IncomingMessage): string {
  const url = new URL(request.url ?? "/", "http://portal");
  // Next's cache-busting parameter of RSC requests, derived from the router state headers below.
  url.searchParams.delete("_rsc");
  const { headers } = request;
  const kind = [single(headers.rsc), single(headers["next-router-prefetch"]), single(headers["next-router-segment-prefetch"])].join(",");
  const signedIn = sessionCookie.test(single(headers.cookie)) ? "session" : "";
  return `${signedIn}|${kind}|${url.pathname}${url.search}`;
}

export function createCacheLane(maxAddresses = 5_000) {
  const cached = new Set<string>();

  /** Records how the response to `request` was made (call it once the response is finished). */
  function note(request: http.IncomingMessage, response: http.ServerResponse): void {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const key = keyOf(request);
    const cache = String(response.getHeader("x-nextjs-cache") ?? "");
    cached.delete(key);
    if (response.statusCode !== 200 || (cache !== "HIT" && cache !== "STALE")) return;
    cached.add(key);
    // A Set keeps insertion order and a hit re-inserts: the first key is the least recently served.
    if (cached.size > maxAddresses) cached.delete(cached.values().next().value!);
  }

  /** Whether the last answer to this address came from the cache. */
  function servedFromCache(request: http.IncomingMessage): boolean {
    return (request.method === "GET" || request.method === "HEAD") && cached.has(keyOf(request));
  }

  return { note, servedFromCache };
}
