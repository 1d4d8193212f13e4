import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cachedPolicy, isSharedCacheResponse, noncePolicy } from "@/lib/content-security-policy";
import { isOriginlessFormPost, isSameOriginWrite } from "@/lib/request-origin";
import { safeReturnPath } from "@/lib/safe-redirect";
import { parseForm } from "@/lib/validation/form";

describe("content security policy", () => {
  it("lets only the nonce's scripts run on a page rendered per request", () => {
    const policy = noncePolicy("abc123==", true);
    expect(policy).toContain("script-src 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
  });
  it("keeps every other directive on a cached page", () => {
    const policy = cachedPolicy(true);
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy.split("; ").slice(1)).toEqual(noncePolicy("x", true).split("; ").slice(1));
  });
  it("tells the cache's copies from renders for one request", () => {
    expect(isSharedCacheResponse("HIT", undefined)).toBe(true);
    expect(isSharedCacheResponse(undefined, "s-maxage=31536000")).toBe(true);
    expect(isSharedCacheResponse(undefined, "public, max-age=300")).toBe(true);
    expect(isSharedCacheResponse(undefined, "private, no-cache, no-store, max-age=0, must-revalidate")).toBe(false);
    expect(isSharedCacheResponse(undefined, "no-store")).toBe(false);
    expect(isSharedCacheResponse(undefined, undefined)).toBe(false);
  });
});

describe("cross-origin writes", () => {
  const siteUrl = "https://portal.example.org";
  const check = (origin: string | undefined, fetchSite?: string, host = "127.0.0.1:3220", forwarded: { forwardedHost?: string; forwardedProto?: string } = {}) =>
    isSameOriginWrite({ origin, fetchSite, host, siteUrl, ...forwarded });
  it("accepts the portal's own pages", () => {
    expect(check("http://127.0.0.1:3220", "same-origin")).toBe(true);
    expect(check("https://portal.example.org", undefined, "portal.example.org")).toBe(true);
    expect(check("https://portal.example.org", undefined, "internal:3000", { forwardedHost: "portal.example.org", forwardedProto: "https" })).toBe(true);
    expect(check("https://portal.example.org", undefined, "internal:3000", { forwardedHost: "portal.example.org, internal:3000", forwardedProto: "https,http" })).toBe(true);
    expect(check(undefined, undefined)).toBe(true);
  });
  it("refuses another site, a sibling site, a null origin and nonsense", () => {
    expect(check("https://evil.example", "cross-site")).toBe(false);
    expect(check("https://evil.example")).toBe(false);
    expect(check(undefined, "cross-site")).toBe(false);
    expect(check("http://127.0.0.1:3220", "same-site")).toBe(false);
    expect(check("null")).toBe(false);
    expect(check("javascript:alert(1)")).toBe(false);
    expect(check("http://127.0.0.1:9999", "same-origin")).toBe(false);
  });
  it("compares the scheme: an https page is not the http site, nor the other way round", () => {
    expect(check("https://127.0.0.1:3220", "same-origin")).toBe(false);
    expect(check("http://portal.example.org", undefined, "portal.example.org")).toBe(false);
    expect(check("http://portal.example.org", undefined, "internal:3000", { forwardedHost: "portal.example.org", forwardedProto: "https" })).toBe(false);
  });
  it("compares the host Next.js compares (X-Forwarded-Host first, as sent): what Next would refuse with a 500 is refused here", () => {
    expect(check("http://localhost:3000", undefined, "localhost:3000", { forwardedHost: "127.0.0.1:3220" })).toBe(false);
    expect(check("http://localhost:3000", undefined, "127.0.0.1:3220")).toBe(false);
    expect(check("https://portal.example.org", undefined, "internal:3000")).toBe(false);
    expect(check("http://localhost:3000", undefined, "LOCALHOST:3000")).toBe(false);
    expect(check("http://127.0.0.1", undefined, "127.0.0.1:80")).toBe(false);
  });
});

describe("return paths after signing in", () => {
  const payloads = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/././/evil.example",
    "/fr/..//evil.example",
    "/fr/../..//evil.example",
    "/%2e//evil.example",
    "/%2e%2e//evil.example",
    "/.\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r//evil.example",
    "/ //evil.example",
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "\\\\evil.example",
    "evil.example",
  ];
  it("never leads to another site, whatever dot segments or slashes it holds", () => {
    for (const payload of payloads) {
      const path = safeReturnPath(payload, "/fr");
      const resolved = new URL(path, "http://portal.invalid");
      expect(resolved.origin, `${JSON.stringify(payload)} → ${path}`).toBe("http://portal.invalid");
      expect(path, JSON.stringify(payload)).toMatch(/^\/(?![\/\\])/);
    }
  });
  it("keeps a return path that stays on the site", () => {
    expect(safeReturnPath("/fr/./compte", "/fr")).toBe("/fr/compte");
    expect(safeReturnPath("/%2F%2Fevil.example", "/fr")).toBe("/%2F%2Fevil.example");
    expect(safeReturnPath("/fr/agenda?view=past#x", "/az")).toBe("/fr/agenda?view=past#x");
  });
});

describe("hostile form input", () => {
  const schema = z.object({ name: z.string().min(1).max(80) });
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  };
  it("refuses NUL bytes as a field error, not a database error", () => {
    for (const name of ["Ali\u0000", "\u0000"]) {
      const parsed = parseForm(schema, form({ name }));
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.fieldErrors.name).toBe("formInvalid");
    }
  });
  it("ignores fields the form does not offer", () => {
    const parsed = parseForm(schema, form({ name: "Aynur", role: "admin", status: "published", authorId: "1" }));
    expect(parsed).toEqual({ success: true, data: { name: "Aynur" } });
  });
});

describe("return path after signing in", () => {
  it("percent-encodes what would break the Location header and refuses what leaves the site", () => {
    expect(safeReturnPath("/az/hesab?x=ə", "/fr")).toBe("/az/hesab?x=%C9%99");
    expect(safeReturnPath("/fr/\u0000", "/fr")).toBe("/fr");
    expect(safeReturnPath("/fr/\r\nSet-Cookie: a=b", "/fr")).toBe("/fr");
    expect(safeReturnPath("/\ud800", "/fr")).toBe("/fr");
    expect(safeReturnPath("/%", "/fr")).toBe("/%");
    expect(safeReturnPath("/\t/evil.example", "/fr")).toBe("/fr");
  });
});

describe("form posts without Origin", () => {
  const post = (path: string, origin?: string, nextAction?: string, method = "POST") => isOriginlessFormPost({ method, path, origin, nextAction });
  it("refuses a no-JavaScript post to a page that no browser would send", () => {
    expect(post("/fr/connexion")).toBe(true);
    expect(post("/az/yuzillik/teklif")).toBe(true);
  });
  it("lets a browser's post, the portal's own JavaScript, the API and reads through", () => {
    expect(post("/fr/connexion", "http://127.0.0.1:3000")).toBe(false);
    expect(post("/fr/connexion", undefined, "7f00aa")).toBe(false);
    expect(post("/api/auth/callback/credentials")).toBe(false);
    expect(post("/fr/connexion", undefined, undefined, "GET")).toBe(false);
  });
});
