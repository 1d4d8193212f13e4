import type { QueryVariants } from "../../../lib/cached-pages";

/**
 * The agenda's addresses with a query. `/fr/agenda` itself is ./page.tsx,
 * cached; a view, a category, an organiser, a month or a later page is rendered per request
 * by app/[locale]/per-request/agenda/page.tsx.
 */
export const variants = {
  page: "/agenda",
  perRequest: ["view", "category", "org", "month", "after"],
} as const satisfies QueryVariants;
