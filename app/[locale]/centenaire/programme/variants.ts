import type { QueryVariants } from "../../../../lib/cached-pages";

/**
 * The action plan's addresses with a query. `/fr/centenaire/programme` itself
 * is ./page.tsx, cached; a filter by organisation or by the latest milestone's
 * status, or a later page, is rendered per request by
 * app/[locale]/per-request/centenaire/programme/page.tsx.
 */
export const variants = {
  page: "/centenaire/programme",
  perRequest: ["org", "status", "after"],
} as const satisfies QueryVariants;
