import { beforeAll, expect, it } from "vitest";
import { articles, articleTranslations, ideas } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedArticles } from "@/db/seed/news";
import { latestArticlesIn, listPublicArticleSlugs } from "@/server/news/feeds";
import { listPublicArticles } from "@/server/news/public-list";
import { findPublicArticle } from "@/server/news/public-article";
import { sitemapEntries } from "@/server/sitemap";
import { describeOnDatabases } from "../support/databases";

describeOnDatabases("demo news, feeds and sitemap", (database) => {
  beforeAll(async () => {
    await seedDatabase(database().db);
  });

  it("seeds the demo articles once: eleven in both languages (one a joint statement), one in French only, one draft", async () => {
    expect((await seedDatabase(database().db)).news).toBe(0);
    const rows = await database().db.select().from(articles);
    expect(rows).toHaveLength(seedArticles().length);
    const versions = await database().db.select().from(articleTranslations);
    const localesOf = (id: string) => versions.filter((v) => v.articleId === id).map((v) => v.locale).sort();
    const published = rows.filter((a) => a.status === "published");
    expect(published.filter((a) => localesOf(a.id).join() === "az,fr").length).toBeGreaterThanOrEqual(6);
    expect(published.filter((a) => localesOf(a.id).join() === "fr")).toHaveLength(1);
    expect(rows.filter((a) => a.status === "draft")).toHaveLength(1);
    const meeting = versions.find((v) => v.title.startsWith("30 octobre 2017"));
    expect(meeting?.body).toMatch(/Centre culturel/);
    expect(meeting?.body).toMatch(/centenaire/);
  });

  it("feeds only the articles written in that language, newest first, and never the draft", async () => {
    const fr = await latestArticlesIn("fr");
    const az = await latestArticlesIn("az");
    expect(fr).toHaveLength(12);
    expect(az).toHaveLength(11);
    expect(fr.map((a) => a.title)).toContain("Assemblée générale de l'association Ulduz le 24 février");
    expect(az.map((a) => a.title)).not.toContain("Assemblée générale de l'association Ulduz le 24 février");
    expect(fr.map((a) => a.title)).not.toContain("Plan d'action du centenaire : les premières idées retenues");
    const times = fr.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("lists every published article's versions for the sitemap, and no draft", async () => {
    const entries = await listPublicArticleSlugs();
    expect(entries).toHaveLength(12);
    expect(entries.filter((e) => e.slugs.fr && e.slugs.az)).toHaveLength(11);
    expect(entries.flatMap((e) => Object.values(e.slugs))).not.toContain("plan-d-action-du-centenaire-les-premieres-idees-retenues");
  });

  it("puts each public idea in the sitemap once, at its page in its own language, with both languages' pages as alternates", async () => {
    const entries = await sitemapEntries();
    const site = "http://localhost:3000";
    const ideaEntries = entries.filter((e) => /\/(centenaire|yuzillik)\/\d+$/.test(e.url));
    const all = await database().db.select().from(ideas);
    const shown = all.filter((i) => (i.status === "published" || i.status === "retained") && !i.hiddenAt);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.map((i) => i.language)).toEqual(expect.arrayContaining(["fr", "az"]));
    expect(all.length).toBeGreaterThan(shown.length);
    expect(ideaEntries.map((e) => e.url).sort()).toEqual(shown.map((i) => `${site}/${i.language}/${i.language === "fr" ? "centenaire" : "yuzillik"}/${i.id}`).sort());
    for (const idea of shown) {
      const entry = ideaEntries.find((e) => e.url.endsWith(`/${idea.id}`));
      expect(entry?.alternates?.languages).toEqual({ fr: `${site}/fr/centenaire/${idea.id}`, az: `${site}/az/yuzillik/${idea.id}`, "x-default": `${site}/fr/centenaire/${idea.id}` });
    }
    // The rest of the sitemap is still there: the static pages, the articles and the events.
    expect(entries.map((e) => e.url)).toEqual(expect.arrayContaining([`${site}/fr/centenaire`, `${site}/az/yuzillik`, `${site}/fr/actualites/assemblee-generale-de-l-association-ulduz-le-24-fevrier`, `${site}/fr/agenda/commemoration-du-20-janvier`]));
  });

  it("shows the French-only article to Azerbaijani readers, in French, with its French slug", async () => {
    const { articles: list } = await listPublicArticles({ locale: "az", limit: 20 });
    const meeting = list.find((a) => a.slug === "assemblee-generale-de-l-association-ulduz-le-24-fevrier");
    expect(meeting?.textLocale).toBe("fr");
    const found = await findPublicArticle("az", "assemblee-generale-de-l-association-ulduz-le-24-fevrier");
    expect(found).toMatchObject({ kind: "article", article: { textLocale: "fr" } });
    expect(await findPublicArticle("fr", "plan-d-action-du-centenaire-les-premieres-idees-retenues")).toEqual({ kind: "missing" });
  });
});
