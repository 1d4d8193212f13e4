import type { QueryVariants } from "../../../../lib/cached-pages";

/**
 * An idea's addresses with a query. `/fr/centenaire/12` itself is ./page.tsx,
 * cached; a later page of its discussion (`?comments=<cursor>`) is rendered
 * per request by app/[locale]/per-request/centenaire/[id]/page.tsx, and so
 * is the address a merged idea's page leads to (`?merged=<its number>`), which
 * names it in a notice.
 */
export const variants = {
  page: "/centenaire/[id]",
  perRequest: ["comments", "merged"],
  params: { id: "\\d{1,10}" },
} as const satisfies QueryVariants;
