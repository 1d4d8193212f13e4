import "server-only";
import { and, desc, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, events, eventTranslations, ideas, publicIdeaPredicate } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";
import { searchKeyTerms, tsQueryTerm } from "@/lib/search/search-key";
import type { SearchKind } from "@/lib/search/search-params";
import { isPublished as isPublishedEvent, versionsFor as eventVersions } from "../agenda/shown-version";
import { isPublic as isPublicArticle, versionsFor as articleVersions } from "../news/shown-version";

export type SearchHit = {
  kind: SearchKind;
  /** The article's or event's slug, or the idea's number. */
  key: string;
  title: string;
  excerpt: string;
  /** The language the title and excerpt are written in. */
  lang: Locale;
  /** Published (news, ideas) or starting (events). */
  date: Date;
};

export type SearchGroup = { hits: SearchHit[]; more: boolean };

const excerptLength = 240;

/** At most `excerptLength` characters, cut between words. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), excerptLength / 2))} …`;
}

/**
 * Every word of the search as a word start (lib/search/search-key.ts termMatches), to match against the
 * search_vector columns (db/migrations/NNNN_search_everything.sql), and against title_vector to rank.
 * The terms hold only a-z and 0-9: nothing in them is read by to_tsquery as an operator.
 */
function queries(terms: string[]) {
  return {
    anywhere: sql`to_tsquery('simple', ${terms.map((term) => tsQueryTerm(term)).join(" & ")})`,
    inTitle: sql`to_tsquery('simple', ${terms.map((term) => tsQueryTerm(term)).join(" & ")})`,
  };
}

type Page = { limit: number; offset: number };

/**
 * The article (or event) ids whose version matches, each computed once on the GIN index of search_vector
 * (an InitPlan); the rows are then read by key. Written as joins, the planner cannot tell how few versions
 * a search matches, nor what reading each one's search_vector costs, and reads them all.
 */
function matchingIds(table: typeof articleTranslations | typeof eventTranslations, column: "article_id" | "event_id", query: SQL, locale?: Locale) {
  return sql`array(select ${sql.raw(column)} from ${table} where search_vector @@ ${query}${locale ? sql` and locale = ${locale}` : sql``})`;
}

async function searchNews(locale: Locale, terms: string[], page: Page): Promise<SearchGroup> {
  const { anywhere, inTitle } = queries(terms);
  const v = articleVersions(locale);
  const titleMatch = sql<boolean>`(coalesce(own.title_vector, other.title_vector) @@ ${inTitle})`;
  const rows = await getDb()
    .select({
      slug: v.shown<string>("slug"),
      ownVersion: sql<boolean>`${v.own.articleId} is not null`,
      title: v.shown<string>("title"),
      summary: v.shown<string>("summary"),
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(
      and(
        sql`${articles.id} = any(${matchingIds(articleTranslations, "article_id", anywhere)})`,
        // The version shown must be the one that matches: the reader's, when the article has one.
        sql`(${v.own.articleId} is null or ${articles.id} = any(${matchingIds(articleTranslations, "article_id", anywhere, locale)}))`,
        isPublicArticle(),
      ),
    )
    .orderBy(desc(titleMatch), desc(articles.publishedAt), desc(articles.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return {
    hits: rows.slice(0, page.limit).map((row) => ({
      kind: "news",
      key: row.slug,
      title: row.title,
      excerpt: excerpt(row.summary),
      lang: row.ownVersion ? locale : v.otherLocale,
      date: row.publishedAt!,
    })),
    more: rows.length > page.limit,
  };
}

async function searchEvents(locale: Locale, terms: string[], page: Page): Promise<SearchGroup> {
  const { anywhere, inTitle } = queries(terms);
  const v = eventVersions(locale);
  const otherLocale = routing.locales.find((l) => l !== locale)!;
  const titleMatch = sql<boolean>`(coalesce(own.title_vector, other.title_vector) @@ ${inTitle})`;
  const rows = await getDb()
    .select({
      slug: v.shown<string>("slug"),
      ownVersion: sql<boolean>`${v.own.eventId} is not null`,
      title: v.shown<string>("title"),
      summary: v.shown<string>("summary"),
      startsAt: events.startsAt,
    })
    .from(events)
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(
      and(
        sql`${events.id} = any(${matchingIds(eventTranslations, "event_id", anywhere)})`,
        sql`(${v.own.eventId} is null or ${events.id} = any(${matchingIds(eventTranslations, "event_id", anywhere, locale)}))`,
        isPublishedEvent(),
      ),
    )
    .orderBy(desc(titleMatch), desc(events.startsAt), desc(events.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return {
    hits: rows.slice(0, page.limit).map((row) => ({
      kind: "events",
      key: row.slug,
      title: row.title,
      excerpt: excerpt(row.summary),
      lang: row.ownVersion ? locale : otherLocale,
      date: row.startsAt,
    })),
    more: rows.length > page.limit,
  };
}

async function searchIdeas(terms: string[], page: Page): Promise<SearchGroup> {
  const { anywhere, inTitle } = queries(terms);
  const vector = sql`${ideas}.search_vector`;
  const titleMatch = sql<boolean>`(${ideas}.title_vector @@ ${inTitle})`;
  const rows = await getDb()
    .select({ id: ideas.id, title: ideas.title, description: ideas.description, language: ideas.language, publishedAt: ideas.publishedAt })
    .from(ideas)
    // Written as the partial index's predicate, word for word, so that the planner can use it.
    .where(and(sql`${vector} @@ ${anywhere}`, sql.raw(publicIdeaPredicate)))
    .orderBy(desc(titleMatch), desc(ideas.publishedAt), desc(ideas.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return {
    hits: rows.slice(0, page.limit).map((row) => ({
      kind: "ideas",
      key: String(row.id),
      title: row.title,
      excerpt: excerpt(row.description),
      lang: row.language,
      date: row.publishedAt!,
    })),
    more: rows.length > page.limit,
  };
}

const searchers: Record<SearchKind, (locale: Locale, terms: string[], page: Page) => Promise<SearchGroup>> = {
  news: searchNews,
  events: searchEvents,
  ideas: (_locale, terms, page) => searchIdeas(terms, page),
};

export type SiteSearchResult = {
  /** The keyed words searched for (lib/search/search-key.ts), for the highlighting. */
  terms: string[];
  groups: Partial<Record<SearchKind, SearchGroup>>;
};

/**
 * News, events and public ideas that contain every word of `query` (as word
 * starts, whatever the script or keyboard it was typed with), title matches
 * first, then newest first. Without `kind`, the first `perGroup` of each kind;
 * with it, page `page` of that kind alone.
 */
export async function searchSite(options: { locale: Locale; query: string; kind?: SearchKind; page?: number; perGroup?: number; perPage?: number }): Promise<SiteSearchResult> {
  const { locale, query, kind, page = 1, perGroup = 5, perPage = 10 } = options;
  const terms = searchKeyTerms(query);
  if (terms.length === 0) return { terms, groups: {} };
  if (kind) {
    const group = await searchers[kind](locale, terms, { limit: perPage, offset: (page - 1) * perPage });
    return { terms, groups: { [kind]: group } };
  }
  // One after the other: PGlite runs one query at a time anyway, and a pool shares its connections with other readers.
  const groups: Partial<Record<SearchKind, SearchGroup>> = {};
  for (const each of ["news", "events", "ideas"] as const) groups[each] = await searchers[each](locale, terms, { limit: perGroup, offset: 0 });
  return { terms, groups };
}

