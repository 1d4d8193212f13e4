import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { articles, articleTranslations } from "@/db/schema";
import { searchColumns } from "@/lib/news/search-columns";
import { listPublicArticles } from "@/server/news/public-list";
import { describeOnDatabases } from "../support/databases";

const organisations = ["embassy", "ulduz", "cultural_centre"] as const;

describeOnDatabases("news keyset pagination", (database) => {
  // 45 published articles, five to each publication time so that ties are broken by id,
  // plus a draft and a scheduled article that no page may show.
  beforeAll(async () => {
    const db = database().db;
    const base = Date.UTC(2018, 0, 1, 12);
    for (let i = 0; i < 47; i++) {
      const status = i === 45 ? "draft" : "published";
      const publishedAt = i === 46 ? new Date(Date.now() + 3_600_000) : new Date(base + Math.floor(i / 5) * 86_400_000);
      const [row] = await db.insert(articles).values({ organisation: organisations[i % 3], status, publishedAt }).returning({ id: articles.id });
      const version = { title: `Xəbər ${i}`, summary: "Qısa.", body: "Mətn." };
      await db.insert(articleTranslations).values({ articleId: row.id, locale: "az", slug: `xeber-${i}`, ...version, ...searchColumns(version) });
    }
  });

  async function walk(options: Parameters<typeof listPublicArticles>[0]) {
    const seen: { title: string; publishedAt: Date; id: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await listPublicArticles({ ...options, after });
      seen.push(...page.articles);
      after = page.next;
      pages += 1;
    } while (after && pages < 20);
    return { seen, pages };
  }

  it("walks every published article once, newest first, ties broken by id", async () => {
    const { seen, pages } = await walk({ locale: "az", limit: 10 });
    expect(pages).toBe(5);
    expect(seen).toHaveLength(45);
    expect(new Set(seen.map((a) => a.id)).size).toBe(45);
    expect(seen.map((a) => a.title)).not.toContain("Xəbər 45");
    expect(seen.map((a) => a.title)).not.toContain("Xəbər 46");
    const order = [...seen].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(seen.map((a) => a.id)).toEqual(order.map((a) => a.id));
  });

  it("pages within an organisation", async () => {
    const { seen } = await walk({ locale: "az", limit: 4, organisation: "ulduz" });
    expect(seen).toHaveLength(15);
    expect(seen.every((a) => Number(a.title.split(" ")[1]) % 3 === 1)).toBe(true);
  });

  it("does not repeat or skip an article when a new one is published between two pages", async () => {
    const first = await listPublicArticles({ locale: "az", limit: 10 });
    const db = database().db;
    const [row] = await db.insert(articles).values({ organisation: "embassy", status: "published", publishedAt: new Date() }).returning({ id: articles.id });
    const version = { title: "Təzə xəbər", summary: "Qısa.", body: "Mətn." };
    await db.insert(articleTranslations).values({ articleId: row.id, locale: "az", slug: "teze-xeber", ...version, ...searchColumns(version) });
    const second = await listPublicArticles({ locale: "az", limit: 10, after: first.next });
    const firstIds = new Set(first.articles.map((a) => a.id));
    expect(second.articles.some((a) => firstIds.has(a.id))).toBe(false);
    expect(second.articles[0].publishedAt.getTime()).toBeLessThanOrEqual(first.articles.at(-1)!.publishedAt.getTime());
  });

  it("stays correct deep into 10,000 articles", async () => {
    const db = database().db;
    await db.execute(sql`
      insert into articles (id, organisation, status, published_at)
      select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'embassy', 'published',
             timestamptz '2010-01-01 00:00:00+00' + (n || ' minutes')::interval
      from generate_series(1, 10000) as n`);
    await db.execute(sql`
      insert into article_translations (article_id, locale, slug, title, summary, body, search_title, search_text)
      select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'fr', 'bulk-' || n, 'Bulk ' || n, 'r', 'b', 'bulk ' || n, 'r b'
      from generate_series(1, 10000) as n`);
    // The cursor of bulk article 5000 starts the page at 4999, however many came before.
    const cursor = `0.${Date.UTC(2010, 0, 1) + 5000 * 60_000}.00000000-0000-4000-8000-${String(5000).padStart(12, "0")}`;
    const page = await listPublicArticles({ locale: "fr", limit: 3, after: cursor });
    expect(page.articles.map((a) => a.title)).toEqual(["Bulk 4999", "Bulk 4998", "Bulk 4997"]);
  });
});
