import { describe, expect, it } from "vitest";
import { getPathname, pathInLocale } from "@/i18n/paths";

describe("the same page in the other language", () => {
  it("translates fixed paths both ways", () => {
    expect(pathInLocale("/fr/actualites", "az")).toBe("/az/xeberler");
    expect(pathInLocale("/az/yuzillik/teklif", "fr")).toBe("/fr/centenaire/proposer");
    expect(pathInLocale("/fr/admin/idees", "az")).toBe("/az/admin/idees");
  });

  it("keeps the dynamic segments", () => {
    expect(pathInLocale("/fr/agenda/concert-de-mugham/calendrier.ics", "az")).toBe("/az/tedbirler/concert-de-mugham/teqvim.ics");
    expect(pathInLocale("/az/yuzillik/42/redakte", "fr")).toBe("/fr/centenaire/42/modifier");
    expect(pathInLocale("/fr/reinitialiser/abc-123", "az")).toBe("/az/berpa/abc-123");
  });

  it("understands the internal path a rewritten page may report", () => {
    expect(pathInLocale("/az/actualites/mon-article", "fr")).toBe("/fr/actualites/mon-article");
  });

  it("gives the home for the home and for an address it does not know", () => {
    expect(pathInLocale("/fr", "az")).toBe("/az");
    expect(pathInLocale("/az/", "fr")).toBe("/fr");
    expect(pathInLocale("/fr/nulle-part/ici", "az")).toBe("/az");
    expect(pathInLocale("/", "az")).toBe("/az");
  });
});

describe("the address of a page in a language", () => {
  it("writes fixed and dynamic paths with the locale prefix", () => {
    expect(getPathname({ href: "/", locale: "az" })).toBe("/az");
    expect(getPathname({ href: "/actualites", locale: "az" })).toBe("/az/xeberler");
    expect(getPathname({ href: { pathname: "/centenaire/[id]/modifier", params: { id: 42 } }, locale: "az" })).toBe("/az/yuzillik/42/redakte");
    expect(getPathname({ href: { pathname: "/admin/actualites/[id]", params: { id: "7" } }, locale: "fr" })).toBe("/fr/admin/actualites/7");
  });

  it("adds the query and the fragment, and leaves out what is empty", () => {
    expect(getPathname({ href: { pathname: "/connexion", query: { callbackUrl: "/fr/compte?x=1" } }, locale: "fr" })).toBe("/fr/connexion?callbackUrl=%2Ffr%2Fcompte%3Fx%3D1");
    expect(getPathname({ href: { pathname: "/admin/actualites", query: {} }, locale: "fr" })).toBe("/fr/admin/actualites");
    expect(getPathname({ href: { pathname: "/admin/idees", query: { status: undefined }, hash: "queue" }, locale: "az" })).toBe("/az/admin/idees#queue");
  });
});
