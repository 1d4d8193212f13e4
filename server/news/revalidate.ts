import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { routing } from "@/i18n/routing";
import { cacheTags } from "@/lib/cache-tags";
import type { TouchedArticle } from "./mutations";

/**
 * After an editor's change, in the server action: expires the article's tags
 * at once (the editor reads their own write) and the pages that show it: the
 * lists, the home page, the feeds, the sitemap, and the article under every
 * slug it had or has, in both languages (a missing version is served under
 * the other's slug). Paths are the internal routes the localized ones rewrite to.
 */
export function revalidateArticle(touched: TouchedArticle): void {
  updateTag(cacheTags.newsList);
  updateTag(cacheTags.article(touched.id));
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/actualites`);
    revalidatePath(`/${locale}/rss.xml`);
    for (const slug of touched.slugs) revalidatePath(`/${locale}/actualites/${slug}`);
  }
  // Every cached search, whatever its query (app/[locale]/actualites/variants.ts).
  revalidatePath("/[locale]/per-query/actualites/[q]", "page");
  revalidatePath("/sitemap.xml");
}
