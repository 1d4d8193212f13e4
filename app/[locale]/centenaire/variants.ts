import type { QueryVariants } from "../../../lib/cached-pages";

/**
 * The ideas gallery's addresses with a query. `/fr/centenaire` itself is
 * ./page.tsx, cached; a category, a sort or a later page is rendered per
 * request by app/[locale]/per-request/centenaire/page.tsx.
 */
export const variants = {
  page: "/centenaire",
  perRequest: ["category", "sort", "after"],
} as const satisfies QueryVariants;
