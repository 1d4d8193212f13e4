/**
 * Every cache tag of the portal, in one place. Reads that get cached are
 * tagged with these; a change revalidates exactly the tags it touched.
 */
export const cacheTags = {
  /** Everything that lists articles: news pages, home, feeds, sitemap. */
  newsList: "news:list",
  /** One article, whatever its slugs. */
  article: (id: string) => `news:article:${id}`,
} as const;
