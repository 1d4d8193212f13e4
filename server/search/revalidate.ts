import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After any change to what the one search finds (an article, an event, an
 * idea's publication or hiding): expires every cached search, whatever its
 * query (app/[locale]/recherche/variants.ts). The page without a query shows
 * no results and stays.
 */
export function revalidateSearches(): void {
  revalidatePath("/[locale]/per-query/recherche/[q]", "page");
}
