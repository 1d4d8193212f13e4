import { beforeAll, describe, expect, it } from "vitest";

// The handler in its simplest mode (no Redis, no database: memory only), as Next loads it.
type Handler = {
  get(key: string, ctx?: object): Promise<{ value: { html: string } } | null>;
  set(key: string, data: object, ctx?: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
let PortalCacheHandler: new (ctx: object) => Handler;
let cacheGeneration: () => number;

beforeAll(async () => {
  delete process.env.REDIS_URL;
  delete process.env.DATABASE_URL;
  ({ default: PortalCacheHandler, cacheGeneration } = (await import("@/cache-handler.mjs")) as never);
});

const page = (html: string, tag: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: { "x-next-cache-tags": tag }, status: 200 });
const settings = { cacheControl: { revalidate: 60, expire: undefined } };
let n = 0;

describe("the cache handler", () => {
  it("serves what was stored until a tag of it is invalidated, and counts the invalidation", async () => {
    const handler = new PortalCacheHandler({});
    const key = `/fr/test-${++n}`;
    const tag = `_N_T_${key}`;
    expect(await handler.get(key)).toBeNull();
    await handler.set(key, page("first", tag), settings);
    expect((await handler.get(key))?.value.html).toBe("first");
    const before = cacheGeneration();
    await handler.revalidateTag(tag);
    expect(cacheGeneration()).toBeGreaterThan(before);
    expect(await handler.get(key)).toBeNull();
  });

  it("does not serve a render stored after a change made while it ran: its data may predate the change", async () => {
    const handler = new PortalCacheHandler({});
    const key = `/az/test-${++n}`;
    const tag = `_N_T_${key}`;
    // Next asks, finds nothing and starts rendering; an editor's change expires the page meanwhile.
    expect(await handler.get(key)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.revalidateTag(tag);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.set(key, page("rendered before the change", tag), settings);
    expect(await handler.get(key)).toBeNull();
    // The next render, begun after the change, holds.
    await handler.set(key, page("rendered after the change", tag), settings);
    expect((await handler.get(key))?.value.html).toBe("rendered after the change");
  });

  it("keeps a bounded number of render notes when pages are asked for and never stored (pages not found)", async () => {
    const handler = new PortalCacheHandler({});
    for (let i = 0; i < 12_000; i++) expect(await handler.get(`/fr/actualites/nowhere-${n}-${i}`)).toBeNull();
    const state = (globalThis as unknown as { __portalCacheHandler: { renderStarts: Map<string, number> } }).__portalCacheHandler;
    expect(state.renderStarts.size).toBeLessThanOrEqual(10_000);
  });
});
