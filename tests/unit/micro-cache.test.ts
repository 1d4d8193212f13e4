import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PortalRequest, PortalResponse } from "@/server/http/exchange";
import { createMicroCache } from "@/server/http/micro-cache";

/**
 * A real server on loopback with the portal's request and response classes;
 * "Next" answers each address as the test says (its cache header, a cookie,
 * gzip for a reader who accepts it) and counts the requests it is given.
 */
type Answer = { cache?: string; setCookie?: boolean; status?: number; vary?: string };

async function serve(answers: Record<string, Answer> = {}, maxBytes?: number) {
  let generation = 0;
  let clock = 1_000_000;
  const reached: string[] = [];
  let held: (() => void) | undefined;
  let holdNext = false;
  const cache = createMicroCache({ generation: () => generation, ttlMs: 1_000, maxBytes, now: () => clock });
  const server = http.createServer<typeof PortalRequest, typeof PortalResponse>({ IncomingMessage: PortalRequest, ServerResponse: PortalResponse }, (request, response) => {
    if (cache.serve(request, response)) return;
    const path = request.url ?? "/";
    reached.push(path);
    const answer = answers[path.split("?")[0]] ?? { cache: "HIT" };
    const body = `<p>page ${path} as rendered for request ${reached.length}: ə ş ğ</p>`;
    const send = () => {
      response.statusCode = answer.status ?? 200;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "s-maxage=60");
      response.setHeader("Vary", answer.vary ?? "rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
      if (answer.cache) response.setHeader("x-nextjs-cache", answer.cache);
      if (answer.setCookie) response.setHeader("Set-Cookie", "NEXT_LOCALE=fr; Path=/");
      if (/gzip/.test(String(request.headers["accept-encoding"] ?? ""))) {
        response.setHeader("Content-Encoding", "gzip");
        response.end(gzipSync(body));
      } else {
        // In two writes, as Next streams a page.
        response.write(body.slice(0, 10));
        response.end(body.slice(10));
      }
    };
    if (holdNext) {
      holdNext = false;
      held = send;
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return { headers: response.headers, text: await response.text() };
  };
  return {
    base,
    get,
    reached,
    /** Next holds its answer to the next request it is given until `release`. */
    hold: () => (holdNext = true),
    isHolding: () => held !== undefined,
    release: () => held?.(),
    invalidate: () => (generation += 1),
    advance: (ms: number) => (clock += ms),
    stats: cache.stats,
  };
}

const servers: { closeAllConnections(): void; close(done: () => void): void }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(resolve));
  }
});

describe("the one-second copies of cached pages", () => {
  it("sends a page Next served from its cache again, the same bytes and headers, without asking Next", async () => {
    const { get, reached } = await serve();
    const first = await get("/fr/actualites");
    const again = await get("/fr/actualites");
    expect(reached).toEqual(["/fr/actualites"]);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(again.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(again.headers.get("cache-control")).toBe("s-maxage=60");
    expect(again.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
  });

  it("shows a change at the next request: any invalidation drops every copy", async () => {
    const { get, reached, invalidate } = await serve();
    await get("/fr/actualites");
    await get("/fr/centenaire");
    invalidate();
    const after = await get("/fr/actualites");
    await get("/fr/centenaire");
    expect(reached).toEqual(["/fr/actualites", "/fr/centenaire", "/fr/actualites", "/fr/centenaire"]);
    expect(after.text).toContain("request 3");
  });

  it("keeps a copy one second, then asks Next again", async () => {
    const { get, reached, advance } = await serve();
    await get("/fr");
    advance(999);
    await get("/fr");
    advance(1);
    await get("/fr");
    expect(reached).toEqual(["/fr", "/fr"]);
  });

  it("does not keep what Next answered while an invalidation came", async () => {
    const { get, reached, hold, isHolding, release, invalidate } = await serve();
    hold();
    const answer = get("/fr/actualites");
    await until(isHolding);
    invalidate();
    release();
    expect((await answer).text).toContain("request 1");
    expect((await get("/fr/actualites")).text).toContain("request 2");
    expect(reached).toHaveLength(2);
  });

  it("keeps only pages from Next's cache that set no cookie and answered 200", async () => {
    const { get, reached } = await serve({
      "/fr/compte": {},
      "/fr/actualites": { cache: "MISS" },
      "/": { cache: "HIT", setCookie: true },
      "/fr/introuvable": { cache: "HIT", status: 404 },
      "/fr/agenda": { cache: "HIT", vary: "Accept-Encoding, Cookie" },
    });
    for (const path of ["/fr/compte", "/fr/actualites", "/", "/fr/introuvable", "/fr/agenda"]) {
      await get(path);
      await get(path);
    }
    expect(reached).toHaveLength(10);
  });

  it("answers Next's own navigations (RSC payload, prefetch, server action) and ranges from Next", async () => {
    const { get, reached } = await serve();
    await get("/fr/actualites");
    await get("/fr/actualites", { rsc: "1" });
    await get("/fr/actualites", { "next-router-prefetch": "1" });
    await get("/fr/actualites?_rsc=abc");
    await get("/fr/actualites", { range: "bytes=0-10" });
    expect(reached).toHaveLength(5);
  });

  it("keeps a signed-in reader's copy apart from a visitor's, and a compressed one apart from a plain one", async () => {
    const { get, reached } = await serve();
    const visitor = await get("/fr/centenaire/5");
    const member = await get("/fr/centenaire/5", { cookie: "authjs.session-token=abc" });
    const memberAgain = await get("/fr/centenaire/5", { cookie: "theme=dark; authjs.session-token=abc" });
    // fetch asks for gzip and unpacks it: the copy is the compressed bytes.
    const gzipped = await get("/fr/centenaire/5", { "accept-encoding": "gzip" });
    const gzippedAgain = await get("/fr/centenaire/5", { "accept-encoding": "gzip" });
    expect(reached).toHaveLength(3);
    expect(member.headers.get("cache-control")).toBe("private, no-store");
    expect(memberAgain.headers.get("cache-control")).toBe("private, no-store");
    expect(visitor.headers.get("cache-control")).toBe("s-maxage=60");
    expect(gzippedAgain.text).toBe(gzipped.text);
    expect(gzippedAgain.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers HEAD from a copy with its headers and no body", async () => {
    const { base, reached, get } = await serve();
    await get("/fr/agenda");
    const head = await fetch(`${base}/fr/agenda`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await head.text()).toBe("");
    expect(reached).toEqual(["/fr/agenda"]);
  });

  it("holds at most its memory bound, the oldest copies going first", async () => {
    // Each body is about 70 bytes: two fit in 150.
    const { get, reached, stats } = await serve({}, 150);
    for (const path of ["/a", "/b", "/c", "/b", "/c", "/a"]) await get(path);
    expect(reached).toEqual(["/a", "/b", "/c", "/a"]);
    expect(stats().copies).toBe(2);
    expect(stats().bytes).toBeLessThanOrEqual(150);
  });
});

async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}
