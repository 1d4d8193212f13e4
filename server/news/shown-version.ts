import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { articles, articleTranslations } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";

/**
 * The reader's language version of each article (`own`) and the other one
 * (`other`), joined side by side: a list shows `own` when it exists and falls
 * back to `other`, with a notice.
 */
export function versionsFor(locale: Locale) {
  const otherLocale = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const own = alias(articleTranslations, "own");
  const other = alias(articleTranslations, "other");
  const shown = <T>(column: keyof typeof own.$inferSelect) => sql<T>`coalesce(${own[column]}, ${other[column]})`;
  return {
    own,
    other,
    otherLocale,
    joinOwn: and(eq(own.articleId, articles.id), eq(own.locale, locale)),
    joinOther: and(eq(other.articleId, articles.id), eq(other.locale, otherLocale)),
    shown,
  };
}

/** What a visitor may see: published, and not scheduled for later. */
export function isPublic(): SQL {
  return sql`${articles.status} = 'published' and ${articles.publishedAt} <= now()`;
}
