import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { articleOldSlugs, articleTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { ArticleVersionInput } from "@/lib/validation/article";

type Versions = Partial<Record<Locale, ArticleVersionInput>>;

/**
 * The languages whose slug another article already uses, in either language:
 * a slug names one article, so that a slug typed under the other language
 * can redirect to the right page.
 */
export async function takenSlugLocales(tx: Tx, versions: Versions, articleId: string | null): Promise<Locale[]> {
  const taken: Locale[] = [];
  for (const [locale, version] of Object.entries(versions) as [Locale, ArticleVersionInput][]) {
    const [other] = await tx
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(and(eq(articleTranslations.slug, version.slug), articleId ? ne(articleTranslations.articleId, articleId) : undefined))
      .limit(1);
    if (other) taken.push(locale);
  }
  return taken;
}

/** Keeps a slug an article no longer uses, so that old links still lead to it. */
export async function rememberOldSlug(tx: Tx, articleId: string, locale: Locale, slug: string): Promise<void> {
  await tx
    .insert(articleOldSlugs)
    .values({ slug, locale, articleId })
    .onConflictDoUpdate({ target: [articleOldSlugs.slug, articleOldSlugs.locale], set: { articleId, createdAt: sql`now()` } });
}

/** A slug in use now is no longer anyone's old slug. */
export async function releaseOldSlugs(tx: Tx, slugs: string[]): Promise<void> {
  if (slugs.length) await tx.delete(articleOldSlugs).where(inArray(articleOldSlugs.slug, slugs));
}

export function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined);
  return codeOf(error) === "23505" || codeOf((error as { cause?: unknown })?.cause) === "23505";
}
