/**
 * Every cache tag of the portal, in one place. Reads that get cached are
 * tagged with these; a change revalidates exactly the tags it touched.
 */
export const cacheTags = {
  /** Everything that lists articles: news pages, home, feeds, sitemap. */
  newsList: "news:list",
  /** One article, whatever its slugs. */
  article: (id: string) => `news:article:${id}`,
  /** Everything that lists events: agenda pages, home, calendar feeds, sitemap, admin summary. */
  agendaList: "agenda:list",
  /** One event, whatever its slugs: its page, its .ics, its registrations. */
  event: (id: string) => `agenda:event:${id}`,
} as const;
