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
