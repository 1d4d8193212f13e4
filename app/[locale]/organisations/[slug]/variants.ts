import type { QueryVariants } from "../../../../lib/cached-pages";

/**
 * An organisation's page's addresses with a query. `/fr/organisations/ambassade` itself is ./page.tsx,
 * cached; a later page of one of its lists (`?news=`, `?events=`, `?ideas=`, each list's keyset cursor)
 * is rendered per request by app/[locale]/per-request/organisations/[slug]/page.tsx.
 */
export const variants = {
  page: "/organisations/[slug]",
  perRequest: ["news", "events", "ideas"],
} as const satisfies QueryVariants;
