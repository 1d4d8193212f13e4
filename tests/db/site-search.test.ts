import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { searchKey } from "@/lib/search/search-key";
import { createArticle } from "@/server/news/mutations";
import { searchSite } from "@/server/search/site-search";
import { makeEvent } from "../support/agenda";
import { createIdea } from "../support/ideas";
import { articleInput, daysAgo } from "../support/news";
import { createPeople } from "../support/users";
import { describeOnDatabases } from "../support/databases";

describeOnDatabases("one search for news, events and ideas", (database) => {
  const titles = async (query: string, options: { locale?: "fr" | "az"; kind?: "news" | "events" | "ideas"; page?: number; perGroup?: number; perPage?: number } = {}) => {
    const { groups } = await searchSite({ locale: options.locale ?? "az", query, ...options });
    return Object.fromEntries(Object.entries(groups).map(([kind, group]) => [kind, group.hits.map((hit) => hit.title)]));
  };

  beforeAll(async () => {
    const { editor, member } = await createPeople(database());
    const add = async (...args: Parameters<typeof articleInput>) => {
      const result = await createArticle(editor, articleInput(...args));
      if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
    };
    await add({ az: { title: "Şuşa musiqi günləri" }, fr: { title: "Journées musicales de Şuşa" } }, { publishedAt: daysAgo(30) });
    // Newer, about Şuşa only in its text: it comes after the title match.
    await add({ az: { title: "Qarabağ gecəsi", summary: "Xanəndələr.", body: "Proqramda ŞUŞA xanəndələrinin ifaları var." } }, { publishedAt: daysAgo(2) });
    await add({ az: { title: "Qəbələ festivalı", summary: "Yay festivalı." } }, { publishedAt: daysAgo(3) });
    await add({ az: { title: "Şuşa qaralaması" } }, { status: "draft" });
    await add({ az: { title: "Şuşa haqqında gələcək məqalə" } }, { publishedAt: new Date(Date.now() + 86_400_000) });
    for (let day = 1; day <= 12; day++) await add({ fr: { title: `Chronique azerbaïdjanaise numéro ${day}` } }, { publishedAt: daysAgo(40 + day) });
    await makeEvent(editor, {
      versions: {
        fr: { title: "Soirée de Choucha", slug: "soiree-choucha", summary: "Musique de Şuşa.", place: "Paris", body: "Entrée libre.", coverAlt: null },
        az: { title: "Şuşa axşamı", slug: "susa-axsami", summary: "Şuşa musiqisi.", place: "Paris", body: "Giriş sərbəstdir.", coverAlt: null },
      },
    });
    await makeEvent(editor, { status: "draft", versions: {
      fr: { title: "Brouillon Şuşa", slug: "brouillon-susa", summary: "Non publié.", place: "Paris", body: "Rien.", coverAlt: null },
      az: { title: "Qaralama Şuşa", slug: "qaralama-susa", summary: "Dərc olunmayıb.", place: "Paris", body: "Heç nə.", coverAlt: null },
    } });
    await createIdea(database(), member.id, { title: "Şuşada xalça sərgisi", description: "Qarabağ xalçaları.", language: "az", status: "published" });
    await createIdea(database(), member.id, { title: "Şuşa haqqında gözləyən ideya", description: "Hələ yoxlanmayıb.", language: "az", status: "pending" });
    await createIdea(database(), member.id, { title: "Şuşa gizlədilmiş ideya", description: "Şikayətlərlə gizlədilib.", language: "az", status: "published", hiddenAt: new Date() });
  });

  it("computes in the database the key the application computes", async () => {
    const words = ["Азәрбајҹан", "Şuşa", "Shusha", "Qəbələ", "Gabala", "İlham", "ILHAM", "Événement", "e\u0301te\u0301", "cœur", "Нахчыван", "<b>x</b>", "50 %", "l’été"];
    for (const word of words) {
      const result = await database().db.execute(sql`select search_key(${word}) as key`);
      // postgres.js answers with the rows, PGlite with an object that holds them.
      const [{ key }] = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { key: string }[];
      expect(key, word).toBe(searchKey(word));
    }
  });

  it("finds Şuşa in news, events and public ideas alike, whatever the script or keyboard", async () => {
    const expected = { news: ["Şuşa musiqi günləri", "Qarabağ gecəsi"], events: ["Şuşa axşamı"], ideas: ["Şuşada xalça sərgisi"] };
    for (const query of ["Şuşa", "susa", "SHUSHA", "Шуша", "шуша"]) expect(await titles(query), query).toEqual(expected);
  });

  it("finds Qəbələ typed Gabala, Qabala or in Cyrillic", async () => {
    for (const query of ["Gabala", "Qabala", "Гәбәлә", "Габала"]) expect((await titles(query)).news, query).toEqual(["Qəbələ festivalı"]);
  });

  it("shows the reader's version, and the other one where the reader's is missing", async () => {
    expect((await titles("susa", { locale: "fr" })).news).toEqual(["Journées musicales de Şuşa", "Qarabağ gecəsi"]);
    const { groups } = await searchSite({ locale: "fr", query: "qarabag gecesi" });
    expect(groups.news?.hits.map((hit) => [hit.title, hit.lang])).toEqual([["Qarabağ gecəsi", "az"]]);
  });

  it("needs every word, each as a word start", async () => {
    expect((await titles("susa musiq")).news).toEqual(["Şuşa musiqi günləri"]);
    expect((await titles("usa")).news).toEqual([]);
    expect(await titles("susa novruz")).toEqual({ news: [], events: [], ideas: [] });
  });

  it("pages one kind: newest first within the same rank, no result twice, and says when there is more", async () => {
    const overview = await searchSite({ locale: "fr", query: "chronique" });
    expect(overview.groups.news?.hits).toHaveLength(5);
    expect(overview.groups.news?.more).toBe(true);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await searchSite({ locale: "fr", query: "chronique", kind: "news", page, perPage: 5 }));
    const seen = pages.flatMap((page) => page.groups.news!.hits.map((hit) => hit.title));
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Chronique azerbaïdjanaise numéro ${i + 1}`));
    expect(pages.map((page) => page.groups.news!.more)).toEqual([true, true, false]);
    expect(Object.keys(pages[0].groups)).toEqual(["news"]);
  });

  it("finds nothing for a search of signs alone, nor any markup", async () => {
    expect(await titles("%%% ''' 🎉")).toEqual({});
    expect(await titles("<script>alert(1)</script>")).toEqual({ news: [], events: [], ideas: [] });
  });
});
