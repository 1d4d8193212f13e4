import { beforeAll, expect, it } from "vitest";
import { createArticle } from "@/server/news/mutations";
import { listPublicArticles } from "@/server/news/public-list";
import { articleInput, daysAgo } from "../support/news";
import { createPeople } from "../support/users";
import { describeOnDatabases } from "../support/databases";

describeOnDatabases("news search", (database) => {
  const titles = async (locale: "fr" | "az", query: string, extra: { organisation?: "embassy" | "ulduz" | "cultural_centre" } = {}) =>
    (await listPublicArticles({ locale, query, ...extra })).articles.map((a) => a.title);

  beforeAll(async () => {
    const { editor } = await createPeople(database());
    const add = async (...args: Parameters<typeof articleInput>) => {
      const result = await createArticle(editor, articleInput(...args));
      if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
    };
    await add({ az: { title: "Şuşa musiqi günləri" }, fr: { title: "Journées musicales de Şuşa" } }, { publishedAt: daysAgo(30), organisation: "cultural_centre" });
    // Newer, and about Şuşa only in its text: it must still come after the title match.
    await add({ az: { title: "Qarabağ gecəsi", body: "Proqramda ŞUŞA xanəndələrinin ifaları var." } }, { publishedAt: daysAgo(2) });
    await add({ az: { title: "İlham mənbəyi: Novruz" }, fr: { title: "Novruz, source d'inspiration" } }, { publishedAt: daysAgo(10), organisation: "ulduz" });
    await add({ fr: { title: "Un événement au Centre culturel", body: "Entrée libre, 50 % de réduction." } }, { publishedAt: daysAgo(5) });
    await add({ az: { title: "Şuşa qaralaması" } }, { status: "draft" });
    await add({ az: { title: "Şuşa haqqında gələcək məqalə" } }, { publishedAt: new Date(Date.now() + 86_400_000) });
  });

  it("finds Şuşa whether typed Şuşa, susa or ŞUŞA, title matches first, drafts and scheduled never", async () => {
    for (const query of ["Şuşa", "susa", "ŞUŞA", "  şuşa  "]) {
      expect(await titles("az", query)).toEqual(["Şuşa musiqi günləri", "Qarabağ gecəsi"]);
    }
  });

  it("finds İlham whether typed İlham, ilham or ILHAM", async () => {
    for (const query of ["İlham", "ilham", "ILHAM", "ılham"]) {
      expect(await titles("az", query)).toEqual(["İlham mənbəyi: Novruz"]);
    }
  });

  it("finds événement typed without accents, in a French-only article read from either language", async () => {
    expect(await titles("fr", "evenement")).toEqual(["Un événement au Centre culturel"]);
    expect(await titles("fr", "ÉVÉNEMENT CENTRE")).toEqual(["Un événement au Centre culturel"]);
    const fallback = await listPublicArticles({ locale: "az", query: "evenement" });
    expect(fallback.articles.map((a) => [a.title, a.textLocale])).toEqual([["Un événement au Centre culturel", "fr"]]);
  });

  it("finds words by their start, not inside them", async () => {
    expect(await titles("az", "musiq")).toEqual(["Şuşa musiqi günləri"]);
    expect(await titles("fr", "music")).toEqual(["Journées musicales de Şuşa"]);
    expect(await titles("az", "siqi")).toEqual([]);
  });

  it("needs every word of the search", async () => {
    expect(await titles("az", "susa musiqi")).toEqual(["Şuşa musiqi günləri"]);
    expect(await titles("az", "susa novruz")).toEqual([]);
  });

  it("combines the search with the organisation filter", async () => {
    expect(await titles("az", "susa", { organisation: "cultural_centre" })).toEqual(["Şuşa musiqi günləri"]);
    expect(await titles("az", "susa", { organisation: "ulduz" })).toEqual([]);
  });

  it("answers any input with a list or nothing, never an error, and never treats % or _ as wildcards", async () => {
    const hostile = ["%", "_", "%%", "\\", "'", "\"", "'; drop table articles; --", "🎉", "Şuşa 🎉", "a\u0000b", "\uD800", "x".repeat(2000), "é ".repeat(1000)];
    for (const query of hostile) {
      const result = await listPublicArticles({ locale: "az", query });
      expect(Array.isArray(result.articles)).toBe(true);
    }
    expect(await titles("fr", "%")).toEqual([]);
    expect(await titles("fr", "50 %")).toEqual(["Un événement au Centre culturel"]);
    expect(await titles("az", "Şuşa 🎉")).toEqual(["Şuşa musiqi günləri", "Qarabağ gecəsi"]);
  });

  it("pages through search results by keyset, keeping the ranking", async () => {
    const first = await listPublicArticles({ locale: "az", query: "susa", limit: 1 });
    expect(first.articles.map((a) => a.title)).toEqual(["Şuşa musiqi günləri"]);
    expect(first.next).not.toBeNull();
    const second = await listPublicArticles({ locale: "az", query: "susa", limit: 1, after: first.next });
    expect(second.articles.map((a) => a.title)).toEqual(["Qarabağ gecəsi"]);
    expect(second.next).toBeNull();
  });
});
