import type { QueryVariants } from "../../../../lib/cached-pages";

/**
 * An article's addresses with a query. `/fr/actualites/[slug]` itself is
 * ./page.tsx, cached. `?view=both` (French and Azerbaijani side by side) is a
 * cached page of its own, app/[locale]/per-query/actualites/[q]/[view]/page.tsx
 * (`[q]` is the slug there: the folder is shared with the news searches);
 * any other value of `view` is the article as it is.
 */
export const variants = {
  page: "/actualites/[slug]",
  perRequest: [],
  cachedSearch: { query: "view", maxLength: 4, values: ["both"] },
} as const satisfies QueryVariants;
