import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleOldSlugs, articles, articleTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { isSlug } from "@/lib/slug";
import { isOutOfDate, otherLocale } from "@/lib/news/translation-sync";
import { findOldSlugOwner } from "@/server/slugs";
import { cosignersOf } from "@/server/joint/signers";
import { isPublic } from "./shown-version";

export type PublicArticle = {
  id: string;
  organisation: Organisation;
  /** Who signs it: the organisation, then a joint statement's co-signers. */
  signers: Organisation[];
  publishedAt: Date;
  updatedAt: Date;
  coverImage: string | null;
  /** What the cover shows, in `textLocale`. */
  coverAlt: string | null;
  /** The language of the text shown: the reader's, or the other one when it is missing. */
  textLocale: Locale;
  title: string;
  summary: string;
  body: string;
  /** The slug of each language version that exists. */
  slugs: Partial<Record<Locale, string>>;
  /** The other version's text changed after this one was written: it may be out of date. */
  outOfDate: boolean;
  /** Each version that exists, for the side-by-side reading (`?view=both`). */
  versions: Partial<Record<Locale, ArticleText>>;
};

export type ArticleText = { title: string; summary: string; body: string; coverAlt: string | null };

export type ArticleLookup = { kind: "article"; article: PublicArticle } | { kind: "redirect"; slug: string } | { kind: "missing" };

async function articleIdBySlug(slug: string, locale: Locale): Promise<string | undefined> {
  const db = getDb();
  const current = await db
    .select({ articleId: articleTranslations.articleId, locale: articleTranslations.locale })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(and(eq(articleTranslations.slug, slug), isPublic()));
  const found = current.find((row) => row.locale === locale) ?? current[0];
  if (found) return found.articleId;
  return findOldSlugOwner(articleOldSlugs, slug, { table: articles, id: articles.id, visible: isPublic() });
}

/**
 * The article a visitor asked for by slug, in their language. A slug of the
 * other language, or one the article had before, gives the slug to redirect
 * to; a draft or a scheduled article is missing, however it is asked for.
 */
export async function findPublicArticle(locale: Locale, slug: string): Promise<ArticleLookup> {
  if (!isSlug(slug)) return { kind: "missing" };
  const id = await articleIdBySlug(slug, locale);
  if (!id) return { kind: "missing" };
  const db = getDb();
  const [[article], versions, cosigners] = await Promise.all([
    db.select().from(articles).where(and(eq(articles.id, id), isPublic())),
    db.select().from(articleTranslations).where(eq(articleTranslations.articleId, id)),
    cosignersOf(db, id),
  ]);
  const shown = versions.find((v) => v.locale === locale) ?? versions[0];
  if (!article || !shown) return { kind: "missing" };
  if (shown.slug !== slug) return { kind: "redirect", slug: shown.slug };
  return {
    kind: "article",
    article: {
      id: article.id,
      organisation: article.organisation,
      signers: [article.organisation, ...cosigners.filter((o) => o !== article.organisation)],
      publishedAt: article.publishedAt!,
      updatedAt: article.updatedAt,
      coverImage: article.coverImage,
      coverAlt: shown.coverAlt,
      textLocale: shown.locale,
      title: shown.title,
      summary: shown.summary,
      body: shown.body,
      slugs: Object.fromEntries(versions.map((v) => [v.locale, v.slug])),
      outOfDate: isOutOfDate(shown, versions.find((v) => v.locale === otherLocale(shown.locale))),
      versions: Object.fromEntries(versions.map((v) => [v.locale, { title: v.title, summary: v.summary, body: v.body, coverAlt: v.coverAlt }])),
    },
  };
}
