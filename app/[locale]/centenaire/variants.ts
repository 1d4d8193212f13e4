import type { QueryVariants } from "../../../lib/cached-pages";

/**
 * The ideas gallery's addresses with a query. `/fr/centenaire` itself is
 * ./page.tsx, cached. A search alone (`?q=muğam`, nothing else, at most 100
 * characters the path can carry) has a cached page of its own per query,
 * app/[locale]/per-query/centenaire/[q]/page.tsx, like the news search: the
 * same words are searched again and again, and a change to the ideas expires
 * them all (server/ideas/revalidate.ts). A category, a status, a sort, a later
 * page, or a search with any of them, is rendered per request by
 * app/[locale]/per-request/centenaire/page.tsx.
 */
export const variants = {
  page: "/centenaire",
  perRequest: ["q", "category", "status", "sort", "after"],
  cachedSearch: { query: "q", maxLength: 100 },
} as const satisfies QueryVariants;
