import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createCacheLane } from "@/server/http/cache-lane";
import { createRenderQueue, type RenderQueueSettings } from "@/server/http/render-queue";

// A real server on loopback: each request that reaches "Next" waits until the test lets it answer.
async function serve(settings: RenderQueueSettings) {
  const queue = createRenderQueue(settings);
  const reached: string[] = [];
  const held = new Map<string, http.ServerResponse>();
  const server = http.createServer((request, response) => {
    queue.enter(request, response, () => {
      const path = request.url ?? "/";
      reached.push(path);
      if (path.startsWith("/slow")) held.set(path, response);
      else response.end(`page ${path}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(condition()).toBe(true);
  };
  const finish = (path: string) => {
    held.get(path)!.end(`page ${path}`);
    held.delete(path);
  };
  servers.push(server);
  return { base, reached, held, until, finish, stats: queue.stats };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("the render queue", () => {
  it("lets in `limit` page requests at once and the others in the order they came", async () => {
    const { base, reached, until, finish, stats } = await serve({ limit: 2, maxWaiting: 10, maxWaitMs: 5_000 });
    const answers = ["/slow/1", "/slow/2", "/slow/3", "/slow/4"].map((path) => fetch(base + path).then((r) => r.text()));
    await until(() => reached.length === 2 && stats().waiting === 2);
    expect(reached).toEqual(["/slow/1", "/slow/2"]);
    finish("/slow/2");
    await until(() => reached.length === 3);
    expect(reached[2]).toBe("/slow/3");
    finish("/slow/1");
    finish("/slow/3");
    await until(() => reached.length === 4);
    finish("/slow/4");
    expect(await Promise.all(answers)).toEqual(["page /slow/1", "page /slow/2", "page /slow/3", "page /slow/4"]);
    expect(stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("hands a request that waited to Next in its own context, not in the context of the one before", async () => {
    // Next keeps each request's state in AsyncLocalStorage and snapshots the context it starts in. Started
    // in the previous request's context, every request would hold the one before it: memory without end.
    const storage = new AsyncLocalStorage<string>();
    const queue = createRenderQueue({ limit: 1, maxWaiting: 10, maxWaitMs: 5_000 });
    const inheritedBy = new Map<string, string | undefined>();
    const server = http.createServer((request, response) => {
      queue.enter(request, response, () => {
        const path = request.url ?? "/";
        inheritedBy.set(path, storage.getStore());
        // As Next does: the page is rendered, and the response ended, inside the request's own context.
        storage.run(path, () => setTimeout(() => response.end(path), 20));
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const paths = ["/first", "/second", "/third"];
    expect(await Promise.all(paths.map((path) => fetch(base + path).then((r) => r.text())))).toEqual(paths);
    expect(Object.fromEntries(inheritedBy)).toEqual({ "/first": undefined, "/second": undefined, "/third": undefined });
  });

  it("never holds back the build's files, the health check, a reader's own state or a form post", async () => {
    const { base, until, stats } = await serve({ limit: 1, maxWaiting: 10, maxWaitMs: 5_000 });
    void fetch(`${base}/slow/page`).catch(() => {});
    await until(() => stats().active === 1);
    for (const [path, init] of [["/_next/static/chunks/app.js", {}], ["/api/health", {}], ["/api/reader?ideas=5", {}], ["/fr/connexion", { method: "POST", body: "x" }]] as const) {
      const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(2_000) });
      expect(await response.text()).toBe(`page ${path}`);
    }
  });

  it("answers a translated 503 with Retry-After to a reader who waited too long", async () => {
    const { base, until, reached } = await serve({ limit: 1, maxWaiting: 10, maxWaitMs: 200 });
    void fetch(`${base}/slow/first`).catch(() => {});
    await until(() => reached.length === 1);
    const response = await fetch(`${base}/az/xeberler`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toContain("Portala çox müraciət var");
    expect(reached).toEqual(["/slow/first"]);
  });

  it("answers at once when too many are already waiting", async () => {
    const { base, until, stats } = await serve({ limit: 1, maxWaiting: 1, maxWaitMs: 5_000 });
    void fetch(`${base}/slow/a`).catch(() => {});
    void fetch(`${base}/slow/b`).catch(() => {});
    await until(() => stats().active === 1 && stats().waiting === 1);
    const started = Date.now();
    const response = await fetch(`${base}/fr/actualites`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Portail très demandé");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("skips a reader who left while waiting", async () => {
    const { base, until, reached, finish, stats } = await serve({ limit: 1, maxWaiting: 10, maxWaitMs: 5_000 });
    void fetch(`${base}/slow/first`).catch(() => {});
    await until(() => reached.length === 1);
    const gone = new AbortController();
    void fetch(`${base}/slow/gone`, { signal: gone.signal }).catch(() => {});
    await until(() => stats().waiting === 1);
    gone.abort();
    await new Promise((r) => setTimeout(r, 100));
    const next = fetch(`${base}/fr`).then((r) => r.text());
    await until(() => stats().waiting === 1);
    finish("/slow/first");
    expect(await next).toBe("page /fr");
    expect(reached).toEqual(["/slow/first", "/fr"]);
  });
});

describe("the cache lane", () => {
  // "Next" here answers /cached/* from its cache (x-nextjs-cache: HIT) and renders the rest, held until the test lets it answer.
  async function serveWithLane() {
    const lane = createCacheLane();
    const queue = createRenderQueue({ limit: 1, maxWaiting: 10, maxWaitMs: 5_000, skip: lane.servedFromCache });
    const held: http.ServerResponse[] = [];
    const server = http.createServer((request, response) => {
      response.once("finish", () => lane.note(request, response));
      queue.enter(request, response, () => {
        if ((request.url ?? "").startsWith("/cached")) {
          response.setHeader("x-nextjs-cache", "HIT");
          response.end("from the cache");
        } else held.push(response);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, held, stats: queue.stats };
  }

  it("lets a prefetch of a page last served from the cache through while a render holds the queue", async () => {
    const { base, held, stats } = await serveWithLane();
    const prefetch = { headers: { rsc: "1", "next-router-prefetch": "1" } };
    expect(await (await fetch(`${base}/cached/article?_rsc=a1`, prefetch)).text()).toBe("from the cache");
    void fetch(`${base}/render/account`).catch(() => {});
    for (let i = 0; i < 100 && stats().active === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stats().active).toBe(1);
    // Another _rsc value is the same address; the answer comes while the render is still under way.
    const again = await fetch(`${base}/cached/article?_rsc=b2`, { ...prefetch, signal: AbortSignal.timeout(2_000) });
    expect(await again.text()).toBe("from the cache");
    // An address never served from the cache waits its turn.
    void fetch(`${base}/cached/other`).catch(() => {});
    for (let i = 0; i < 100 && stats().waiting === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stats().waiting).toBe(1);
    held[0].end("rendered");
  });

  it("lets the first link prefetch of a page that readers got from the cache through, signed in or not", async () => {
    const { base, held, stats } = await serveWithLane();
    // Someone read the page itself from the cache: its RSC payload and prefetch segments are in the same cache entry.
    expect(await (await fetch(`${base}/cached/event`)).text()).toBe("from the cache");
    void fetch(`${base}/render/moderation`).catch(() => {});
    for (let i = 0; i < 100 && stats().active === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stats().active).toBe(1);
    const member = { "cookie": "authjs.session-token=abc", rsc: "1", "next-router-prefetch": "1" };
    for (const headers of [member, { ...member, "next-router-segment-prefetch": "/_tree" }]) {
      const prefetch = await fetch(`${base}/cached/event?_rsc=c3`, { headers, signal: AbortSignal.timeout(2_000) });
      expect(await prefetch.text()).toBe("from the cache");
    }
    expect(stats()).toEqual({ active: 1, waiting: 0 });
    held[0].end("rendered");
  });
});
