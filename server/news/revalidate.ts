import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { revalidateSearches } from "../search/revalidate";
import type { TouchedArticle } from "./mutations";

/**
 * After an editor's change, in the server action: expires every cached page
 * that shows the article (the editor's next request, and everyone's, reads
 * the change): the lists, the home page, the feeds, every cached search, and
 * the article under every slug it had or has, in both languages (a missing
 * version is served under the other's slug). Pages are cached whole (ISR), so
 * they are expired by path; paths are the internal routes the localized ones
 * rewrite to. The sitemap is read per request.
 */
export function revalidateArticle(touched: TouchedArticle): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/actualites`);
    revalidatePath(`/${locale}/rss.xml`);
    for (const slug of touched.slugs) {
      revalidatePath(`/${locale}/actualites/${slug}`);
      // Its side-by-side reading (app/[locale]/actualites/[slug]/variants.ts).
      revalidatePath(`/${locale}/per-query/actualites/${slug}/both`);
    }
  }
  // Each organisation's page and feed shows its latest articles (an article may have moved from one to another).
  revalidatePath("/[locale]/organisations/[slug]", "layout");
  // Every cached search, whatever its query (app/[locale]/actualites/variants.ts).
  revalidatePath("/[locale]/per-query/actualites/[q]", "page");
  revalidateSearches();
}
