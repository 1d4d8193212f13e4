import type { QueryVariants } from "../../../lib/cached-pages";

/**
 * The news list's addresses with a query. `/fr/actualites` itself is
 * ./page.tsx, cached. With any of `perRequest` in its query it is rendered per
 * request by app/[locale]/per-request/actualites/page.tsx. A search alone
 * (`?q=novruz`, nothing else, at most 100 characters the path can carry) has a
 * cached page of its own per query, app/[locale]/per-query/actualites/[q]/page.tsx:
 * searches repeat, and the cache serves a repeated one at a cached page's speed.
 */
export const variants = {
  page: "/actualites",
  perRequest: ["q", "org", "after"],
  cachedSearch: { query: "q", maxLength: 100 },
} as const satisfies QueryVariants;
