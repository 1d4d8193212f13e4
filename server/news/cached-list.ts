import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { listPublicArticles, type ListOptions } from "./public-list";

// Searches and later pages render per request, but the same search asked again within a minute
// reads the data cache: a search costs the database hundreds of milliseconds on the large data set.
const cached = unstable_cache(listPublicArticles, ["public-articles"], { tags: [cacheTags.newsList], revalidate: 60 });

/**
 * listPublicArticles through Next's data cache, keyed by its options; a change to any article
 * drops it at once (revalidateArticle expires cacheTags.newsList).
 */
export async function listPublicArticlesCached(options: ListOptions): ReturnType<typeof listPublicArticles> {
  const page = await cached(options);
  // The cache keeps JSON: dates come back as strings.
  return { ...page, articles: page.articles.map((article) => ({ ...article, publishedAt: new Date(article.publishedAt) })) };
}
