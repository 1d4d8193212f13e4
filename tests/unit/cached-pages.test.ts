import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedFeeds, cachedPageLifetime, cachedPages, cachedSearches, perQueryPrefix } from "@/lib/cached-pages";

const root = path.join(process.cwd(), "app", "[locale]");
const pageFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pageFiles(full) : entry.name === "page.tsx" ? [full] : [];
  });
const readsRequest = /searchParams|getCurrentUser|requireUser|requireRole|cookies\(\)|headers\(\)|auth\(\)|connection\(\)/;
const source = (internal: string, file = "page.tsx") => fs.readFileSync(path.join(root, internal, file), "utf8");

describe("cached public pages", () => {
  // Nothing is prerendered at build (the build never opens the database): a page that reads the
  // request must say so, or its first render fails at run time with DYNAMIC_SERVER_USAGE.
  it("declares every page that reads the request as rendered per request", () => {
    const undeclared = pageFiles(root).filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return readsRequest.test(text) && !text.includes('export const dynamic = "force-dynamic"');
    });
    expect(undeclared.map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });

  it("keeps the request out of each cached page, which revalidates within the safety net", () => {
    for (const internal of Object.keys(cachedPages)) {
      const text = source(internal);
      expect(text, internal).toContain(`export const revalidate = ${cachedPageLifetime};`);
      expect(readsRequest.test(text), internal).toBe(false);
    }
    for (const feed of cachedFeeds) {
      const text = source(feed, "route.ts");
      expect(text, feed).toContain(`export const revalidate = ${cachedPageLifetime};`);
      expect(readsRequest.test(text), feed).toBe(false);
    }
  });

  it("gives every cached search a page of its own, cached, keyed by the query alone", () => {
    for (const [internal, search] of Object.entries(cachedSearches)) {
      const file = path.join(perQueryPrefix.slice(1), internal, `[${search.query}]`);
      expect(fs.existsSync(path.join(root, file, "page.tsx")), file).toBe(true);
      const text = source(file);
      expect(text, file).toContain(`export const revalidate = ${cachedPageLifetime};`);
      expect(readsRequest.test(text), file).toBe(false);
    }
    // cache-handler.mjs keeps these pages out of Redis by their path.
    expect(fs.readFileSync("cache-handler.mjs", "utf8")).toContain(`const PER_QUERY_KEY = /^\\/[a-z]{2}\\${perQueryPrefix}\\//;`);
  });

  it("gives every page with a query a per-request variant", () => {
    for (const [internal, page] of Object.entries(cachedPages)) {
      if (page.query.length === 0) continue;
      expect(fs.existsSync(path.join(root, "per-request", internal, "page.tsx")), internal).toBe(true);
    }
  });
});
