import type http from "node:http";

/**
 * Which requests need not wait in the render queue: those for an address whose
 * last answer came from Next's cache (`x-nextjs-cache: HIT` or `STALE`). Such
 * an answer is a read of memory or Redis, not a render, so holding it behind
 * renders only makes the reader wait: under load, link prefetches of cached
 * pages were seen open 8-28 s.
 *
 * The key is the address alone (its `_rsc` cache-busting parameter dropped):
 * Next keeps a cached page's HTML, its RSC payload and its prefetch segments
 * in one cache entry, and every reader, signed in or not, gets the same one
 * (what is theirs comes from /api/reader). So once anyone was served a page
 * from the cache, the first link prefetch of it on a repeat visit goes
 * straight in too. A page rendered per request never answers HIT and always
 * waits its turn; an address whose entry was invalidated escapes the queue
 * once (Next renders one request per entry and makes the others wait for it)
 * and then waits again until it is cached.
 */
function keyOf(request: http.IncomingMessage): string {
  const url = new URL(request.url ?? "/", "http://portal");
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}`;
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
