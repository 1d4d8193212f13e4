import { describe, expect, it } from "vitest";
import { localizedRoutes } from "@/i18n/localized-routes";
import { safeReturnPath } from "@/lib/safe-redirect";

describe("localized paths", () => {
  const { rewrites, redirects } = localizedRoutes();

  it("serves the Azerbaijani paths from the internal routes", () => {
    expect(rewrites).toContainEqual({ source: "/az/xeberler/:slug", destination: "/az/actualites/:slug" });
    expect(rewrites).toContainEqual({ source: "/az/yuzillik/teklif", destination: "/az/centenaire/proposer" });
    expect(rewrites).toContainEqual({ source: "/az/hesab", destination: "/az/compte" });
  });

  it("checks the fixed submit path before the idea id", () => {
    const submit = rewrites.findIndex((r) => r.source === "/az/yuzillik/teklif");
    const idea = rewrites.findIndex((r) => r.source === "/az/yuzillik/:id");
    expect(submit).toBeLessThan(idea);
  });

  it("serves the action plan at its own path in both languages, before the idea id, with its filters per request", () => {
    expect(rewrites).toContainEqual({ source: "/az/yuzillik/proqram", destination: "/az/centenaire/programme" });
    expect(redirects).toContainEqual({ source: "/az/centenaire/programme", destination: "/az/yuzillik/proqram", permanent: true });
    const plan = rewrites.findIndex((r) => r.source === "/az/yuzillik/proqram" && !r.has);
    expect(plan).toBeLessThan(rewrites.findIndex((r) => r.source === "/az/yuzillik/:id"));
    // Its redirect comes before the idea's, which would send /az/centenaire/programme to /az/yuzillik/programme.
    expect(redirects.findIndex((r) => r.source === "/az/centenaire/programme")).toBeLessThan(redirects.findIndex((r) => r.source === "/az/centenaire/:id"));
    for (const key of ["org", "status", "after"]) {
      expect(rewrites).toContainEqual({ source: "/fr/centenaire/programme", has: [{ type: "query", key }], destination: "/fr/per-request/centenaire/programme" });
    }
  });

  it("sends a later page of an idea's discussion to the per-request idea, for numeric ids only", () => {
    const variant = rewrites.find((r) => r.destination === "/az/per-request/centenaire/:id");
    expect(variant).toEqual({ source: "/az/yuzillik/:id(\\d{1,10})", destination: "/az/per-request/centenaire/:id", has: [{ type: "query", key: "comments" }] });
  });

  it("sends a search alone to its own cached page, before anything else", () => {
    const cached = rewrites.findIndex((r) => r.source === "/az/xeberler" && r.destination.includes("per-query"));
    expect(rewrites[cached]).toEqual({
      source: "/az/xeberler",
      has: [{ type: "query", key: "q", value: "(?<q>(?!\\.{1,2}$)[^/%#?\\\\]{1,100})" }],
      missing: [
        { type: "query", key: "org" },
        { type: "query", key: "after" },
      ],
      destination: "/az/per-query/actualites/:q",
    });
    expect(cached).toBeLessThan(rewrites.findIndex((r) => r.source === "/az/xeberler" && r.destination === "/az/per-request/actualites"));
    // The pattern Next matches against the whole value: a query the path would misread, or over 100 characters, is rendered per request.
    const value = new RegExp(`^${rewrites[cached].has![0].value}$`);
    for (const query of ["novruz bayramı", "Şuşa", "l'été", "1.5", "C++", "<script>"]) expect(value.test(query), query).toBe(true);
    for (const query of ["a/b", "100%", "#1", "why?", "a\\b", ".", "..", "x".repeat(101)]) expect(value.test(query), query).toBe(false);
  });

  it("sends an article's side-by-side reading to its own cached page, for ?view=both only", () => {
    const both = rewrites.find((r) => r.source === "/az/xeberler/:slug" && r.destination.includes("per-query"));
    expect(both).toEqual({ source: "/az/xeberler/:slug", has: [{ type: "query", key: "view", value: "(?<view>both)" }], missing: [], destination: "/az/per-query/actualites/:slug/:view" });
    // Before the plain rewrite to the article's route, which would serve the single-language page.
    expect(rewrites.indexOf(both!)).toBeLessThan(rewrites.findIndex((r) => r.source === "/az/xeberler/:slug" && !r.has));
  });

  it("sends a search, a filter or a later page of a cached list to its per-request variant", () => {
    const search = rewrites.findIndex((r) => r.source === "/az/xeberler" && r.has?.[0]?.key === "q" && !r.has[0].value);
    expect(rewrites[search]).toEqual({ source: "/az/xeberler", has: [{ type: "query", key: "q" }], destination: "/az/per-request/actualites" });
    // Checked before the plain localized rewrite, which would serve the cached list.
    expect(search).toBeGreaterThan(0);
    expect(search).toBeLessThan(rewrites.findIndex((r) => r.source === "/az/xeberler" && !r.has));
    expect(rewrites).toContainEqual({ source: "/fr/agenda", has: [{ type: "query", key: "after" }], destination: "/fr/per-request/agenda" });
  });

  it("looks at no cookie: a signed-in reader gets the cached page", () => {
    expect(rewrites.filter((r) => JSON.stringify(r).includes("cookie"))).toEqual([]);
  });

  it("sends the French path under /az to the Azerbaijani one, for good", () => {
    expect(redirects).toContainEqual({ source: "/az/actualites", destination: "/az/xeberler", permanent: true });
    expect(redirects.some((r) => r.source.startsWith("/fr/"))).toBe(false);
  });
});

describe("return path after sign-in", () => {
  it("keeps paths of this site and refuses others", () => {
    expect(safeReturnPath("/az/admin", "/fr")).toBe("/az/admin");
    expect(safeReturnPath("//evil.example/x", "/fr")).toBe("/fr");
    expect(safeReturnPath("/\\evil.example", "/fr")).toBe("/fr");
    expect(safeReturnPath("https://evil.example", "/fr")).toBe("/fr");
    expect(safeReturnPath(undefined, "/fr")).toBe("/fr");
  });
});
