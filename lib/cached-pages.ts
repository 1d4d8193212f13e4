import type { AppPathname } from "../i18n/routing";

/**
 * The public pages served from Next's cache (ISR), one list for the whole
 * portal: the rewrites in next.config, the revalidation after a change and the
 * security headers (a cached page gets a CSP without a nonce) all read it.
 *
 * A cached page reads neither the session nor the address's query: one HTML
 * serves every reader, signed in or not; what is the reader's own (their
 * registration, their supports, the account menu) is filled in by islands
 * from /api/reader (components/reader/). A search, a filter, a sort or a later
 * page (`query`: `?q=`, `?after=`...) goes to the page's per-request variant,
 * under `perRequestPrefix`, by a rewrite.
 */
export type CachedPage = { query: readonly string[] };

export const cachedPages = {
  "/": { query: [] },
  "/actualites": { query: ["q", "org", "after"] },
  "/actualites/[slug]": { query: [] },
  "/agenda": { query: ["view", "category", "month", "after"] },
  "/agenda/[slug]": { query: [] },
  "/centenaire": { query: ["category", "sort", "after"] },
  "/centenaire/[id]": { query: [] },
} as const satisfies Partial<Record<AppPathname, CachedPage>>;

/** Cached feeds (route handlers), under each locale prefix; they have no variant. */
export const cachedFeeds = ["/rss.xml", "/agenda.ics", "/agenda/[slug]/calendrier.ics"] as const;

/** Where the per-request variants live: `/fr/per-request/centenaire` renders what `/fr/centenaire?sort=newest` shows. */
export const perRequestPrefix = "/per-request";

/**
 * Searches served from the cache, one page per query: `/fr/actualites?q=novruz`
 * (and nothing else in the query) is rewritten to `/fr/per-query/actualites/novruz`,
 * an ISR page of its own. Searches repeat (the same few words after a post or
 * an event), and a search rendered per request costs what any page does: the
 * cache serves a repeated one at a cached page's speed. A query longer than
 * `maxLength` characters, or with another parameter (a filter, a later page),
 * stays per request. The query space has no end: cache-handler.mjs keeps these
 * pages (it knows them by `perQueryPrefix`) in each instance's memory, in a
 * small store of their own, never in Redis. A change to the news revalidates
 * them all (server/news/revalidate.ts).
 */
export const cachedSearches = {
  "/actualites": { query: "q", maxLength: 100 },
} as const satisfies Partial<Record<keyof typeof cachedPages, { query: string; maxLength: number }>>;

export const perQueryPrefix = "/per-query";

/** Safety net of every cached page, in seconds: scheduled articles appear within it. Keep in step with the pages' `revalidate`. */
export const cachedPageLifetime = 60;
