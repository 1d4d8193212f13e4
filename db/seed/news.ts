import { inArray } from "drizzle-orm";
import type { Locale } from "@/i18n/routing";
import { searchColumns } from "@/lib/news/search-columns";
import { syncTranslations } from "@/lib/news/translation-sync";
import { slugify } from "@/lib/slug";
import { zonedInputToDate } from "@/lib/time-zone";
import type { Db } from "../client";
import { articles, articleTranslations } from "../schema";
import { articles2017 } from "./news-articles-2017";
import { articles2018 } from "./news-articles-2018";
import { recentArticles } from "./news-articles-recent";
import { ensureSeedCover, seedCoverAlt } from "./news-covers";
import type { SeedArticle, SeedVersion } from "./news-types";

/** The archive of the founding year and the news of the last weeks, dated from `now`. */
export function seedArticles(now = new Date()): SeedArticle[] {
  return [...articles2017, ...articles2018, ...recentArticles({ now })];
}

// The demo's versions are translations of each other as they are; an article with one version waits on the desk.
const syncOf = (article: SeedArticle) => syncTranslations({}, article.versions);

function versionsOf(article: SeedArticle) {
  const { columns } = syncOf(article);
  return (Object.entries(article.versions) as [Locale, SeedVersion][]).map(([locale, v]) => ({
    articleId: article.id,
    locale,
    slug: slugify(v.title),
    ...v,
    coverAlt: article.cover ? seedCoverAlt(article.cover.motif, locale) : null,
    ...searchColumns(v),
    ...columns[locale],
  }));
}

/**
 * The demo articles, by fixed ids: one already there, or whose slug an editor
 * has since taken, is left alone, so a second run adds nothing.
 */
export async function seedNews(db: Db, now = new Date()): Promise<number> {
  let added = 0;
  for (const article of seedArticles(now)) {
    if (article.cover) await ensureSeedCover(article.cover);
    const versions = versionsOf(article);
    const [existing] = await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, [article.id]));
    const [slugTaken] = await db
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(inArray(articleTranslations.slug, versions.map((v) => v.slug)));
    if (existing || slugTaken) continue;
    const publishedAt = article.publishedAt ? zonedInputToDate(article.publishedAt) : null;
    await db.transaction(async (tx) => {
      await tx.insert(articles).values({
        id: article.id,
        organisation: article.organisation,
        status: article.status,
        publishedAt,
        coverImage: article.cover?.name ?? null,
        translationPending: syncOf(article).pending,
        // Written then, not on the day the demo was installed.
        ...(publishedAt ? { createdAt: publishedAt, updatedAt: publishedAt } : {}),
      });
      await tx.insert(articleTranslations).values(versions);
    });
    added += 1;
  }
  return added;
}
