import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { signedBy, signersFrom, signersList } from "@/server/joint/public";
import { isPublic } from "./shown-version";

/** `signers`: the organisation first, then a joint statement's co-signers. */
export type FeedItem = { id: string; slug: string; title: string; summary: string; organisation: Organisation; signers: Organisation[]; publishedAt: Date; coverImage: string | null };

/** The latest published articles written in that language (no fallbacks: a feed is one language); `organisation`: only those it signs. */
export async function latestArticlesIn(locale: Locale, limit = 20, organisation?: Organisation): Promise<FeedItem[]> {
  const rows = await getDb()
    .select({
      id: articles.id,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      summary: articleTranslations.summary,
      organisation: articles.organisation,
      signers: signersList(),
      publishedAt: articles.publishedAt,
      coverImage: articles.coverImage,
    })
    .from(articles)
    .innerJoin(articleTranslations, and(eq(articleTranslations.articleId, articles.id), eq(articleTranslations.locale, locale)))
    .where(and(isPublic(), organisation ? signedBy(organisation) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, signers: signersFrom(row.signers), publishedAt: row.publishedAt! }));
}

export type SitemapArticle = { id: string; updatedAt: Date; slugs: Partial<Record<Locale, string>> };

/** Every published article with the slug of each language version it has. */
export async function listPublicArticleSlugs(): Promise<SitemapArticle[]> {
  const rows = await getDb()
    .select({ id: articles.id, updatedAt: articles.updatedAt, locale: articleTranslations.locale, slug: articleTranslations.slug })
    .from(articles)
    .innerJoin(articleTranslations, eq(articleTranslations.articleId, articles.id))
    .where(isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id));
  const byId = new Map<string, SitemapArticle>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, updatedAt: row.updatedAt, slugs: {} };
    entry.slugs[row.locale] = row.slug;
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}
