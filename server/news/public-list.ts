import "server-only";
import { and, desc, sql, type SQL } from "drizzle-orm";
import { signedBy, signersFrom, signersList } from "@/server/joint/public";
import { getDb } from "@/db/client";
import { articles, articleTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { decodeCursor, encodeCursor } from "@/lib/news-cursor";
import { searchTerms } from "@/lib/text-fold";
import { isPublic, versionsFor } from "./shown-version";

export type ArticleCard = {
  id: string;
  organisation: Organisation;
  /** Who signs it: its organisation first, then its co-signers (one, for most articles). */
  signers: Organisation[];
  publishedAt: Date;
  coverImage: string | null;
  /** What the cover shows, in `textLocale`. */
  coverAlt: string | null;
  /** The slug of the article's page in the reader's language. */
  slug: string;
  title: string;
  summary: string;
  /** The language the title and summary are in: the reader's, or the other one when it is missing. */
  textLocale: Locale;
};

export type ListOptions = {
  locale: Locale;
  organisation?: Organisation;
  /** A search as typed; folded here. */
  query?: string;
  /** The `next` of the previous page. */
  after?: string | null;
  limit?: number;
};

/**
 * The published articles a reader sees, newest first or, for a search, title
 * matches first. Keyset pagination: each page starts after the last article
 * of the previous one, so page 500 costs what page 1 costs.
 */
export async function listPublicArticles(options: ListOptions): Promise<{ articles: ArticleCard[]; next: string | null }> {
  const { locale, organisation, query = "", limit = 10 } = options;
  const terms = searchTerms(query);
  // A search made only of signs or emoji matches nothing, honestly.
  if (query.trim() && terms.length === 0) return { articles: [], next: null };

  const v = versionsFor(locale);
  const title = v.shown<string>("searchTitle");
  // Every word of the search, each as a word start. The folded terms hold only letters and digits.
  const prefix = (term: string) => sql`to_tsquery('simple', ${`${term}:*`})`;
  const everyWord = sql`to_tsquery('simple', ${terms.map((term) => `${term}:*`).join(" & ")})`;
  const rank: SQL<number> = terms.length
    ? sql<number>`(${sql.join(terms.map((term) => sql`(case when to_tsvector('simple', ${title}) @@ ${prefix(term)} then 1 else 0 end)`), sql` + `)})::int`
    : sql<number>`0`;

  const conditions: (SQL | undefined)[] = [isPublic(), organisation ? signedBy(organisation) : undefined];
  if (terms.length) {
    // Each ARRAY(...) is computed once, on the GIN index (article_translations_search_idx); the articles are then
    // read by key. Written as a join, the planner underestimates to_tsvector and walks every article instead.
    const matching = (onlyLocale?: Locale) =>
      sql`array(select article_id from ${articleTranslations} where to_tsvector('simple', search_title || ' ' || search_text) @@ ${everyWord}${onlyLocale ? sql` and locale = ${onlyLocale}` : sql``})`;
    conditions.push(
      sql`${articles.id} = any(${matching()})`,
      // The version shown must be the one that matches: the reader's, when the article has one.
      sql`(${v.own.articleId} is null or ${articles.id} = any(${matching(locale)}))`,
    );
  }
  const cursor = decodeCursor(options.after);
  if (cursor) {
    const position = sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
    conditions.push(terms.length ? sql`(${rank} < ${cursor.rank} or (${rank} = ${cursor.rank} and ${position}))` : position);
  }

  const rows = await getDb()
    .select({
      id: articles.id,
      organisation: articles.organisation,
      signers: signersList(),
      publishedAt: articles.publishedAt,
      coverImage: articles.coverImage,
      // From the same version as the texts (a coalesce would mix languages when only one has it).
      coverAlt: sql<string | null>`case when ${v.own.articleId} is not null then ${v.own.coverAlt} else ${v.other.coverAlt} end`,
      slug: v.shown<string>("slug"),
      title: v.shown<string>("title"),
      summary: v.shown<string>("summary"),
      ownVersion: sql<boolean>`${v.own.articleId} is not null`,
      rank,
    })
    .from(articles)
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(and(...conditions))
    // Without a search there is no rank, and the order is exactly the index's.
    .orderBy(...(terms.length ? [desc(rank)] : []), desc(articles.publishedAt), desc(articles.id))
    .limit(limit + 1);

  const page: ArticleCard[] = rows.slice(0, limit).map((row) => ({
    id: row.id,
    organisation: row.organisation,
    signers: signersFrom(row.signers),
    publishedAt: row.publishedAt!,
    coverImage: row.coverImage,
    coverAlt: row.coverAlt,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    textLocale: row.ownVersion ? locale : v.otherLocale,
  }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  const next = last ? encodeCursor({ rank: Number(last.rank), publishedAt: last.publishedAt!, id: last.id }) : null;
  return { articles: page, next };
}
