import type { AppPathname } from "../i18n/routing";

/*
 * Public pages served from Next's cache (ISR): the home, the news list and an
 * article, the agenda and an event, the ideas gallery and an idea, and the
 * feeds. Each says so itself (`export const revalidate`, and no read of the
 * session or the query). One HTML serves every reader, signed in or not; what
 * is the reader's own is filled in by islands from /api/reader
 * (components/reader/). Nothing is prerendered at build: each page is rendered
 * at its first visit.
 *
 * A cached page whose address takes a query (a search, a filter, a sort, a
 * later page) declares those variants in a `variants.ts` beside its page.tsx;
 * the rewrites of next.config are generated from these declarations
 * (i18n/localized-routes.ts).
 */

/** What a `variants.ts` beside a cached page declares. */
export type QueryVariants = {
  /** The page, as its internal path (the folder under app/[locale]). */
  page: AppPathname;
  /** Any of these in the query: the page's per-request variant, under `perRequestPrefix`. */
  perRequest: readonly string[];
  /**
   * This one alone in the query: a cached page per value, under `perQueryPrefix`, kept in memory only (cache-handler.mjs).
   * With `values`, only those (an article's `?view=both`); any other value is the page itself.
   */
  cachedSearch?: { query: string; maxLength: number; values?: readonly string[] };
  /** What a dynamic segment of the page must look like for its variants (`{ id: "\\d{1,10}" }`), so that a fixed path beside it (`/centenaire/proposer`) keeps its own page. */
  params?: Record<string, string>;
};

/** Where the per-request variants live: `/fr/per-request/centenaire` renders what `/fr/centenaire?sort=newest` shows. */
export const perRequestPrefix = "/per-request";

/**
 * Where the cached searches live: `/fr/actualites?q=novruz` is rewritten to
 * `/fr/per-query/actualites/novruz`. The query space has no end:
 * cache-handler.mjs keeps these pages (it knows them by this prefix) in each
 * instance's memory, in a small store of their own, never in Redis. A change
 * to the news revalidates them all (server/news/revalidate.ts).
 */
export const perQueryPrefix = "/per-query";
