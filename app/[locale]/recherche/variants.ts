import type { QueryVariants } from "../../../lib/cached-pages";

/**
 * The one search's addresses with a query. `/fr/recherche` itself (the form
 * alone) is ./page.tsx, cached. A search alone (`?q=şuşa`) is cached per query,
 * like the news list's (app/[locale]/per-query/recherche/[q]/page.tsx): the
 * same few words are searched again and again, and every reader gets the same
 * results (nothing on the page is the reader's), so a repeated search costs
 * no database time; every change to the news, the agenda or the ideas expires
 * these pages (server/search/revalidate.ts). A later page of one kind
 * (`kind`, `page`) is rarer and rendered per request.
 */
export const variants = {
  page: "/recherche",
  perRequest: ["q", "kind", "page"],
  cachedSearch: { query: "q", maxLength: 100 },
} as const satisfies QueryVariants;
