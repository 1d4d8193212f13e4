import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { routing, type AppPathname } from "@/i18n/routing";
import { articleAlternates, articleUrls } from "@/lib/news/article-urls";
import { absoluteUrl } from "@/lib/site-url";
import { listPublicArticleSlugs } from "@/server/news/feeds";
import { absolute, eventAlternates, eventPath } from "@/lib/agenda/event-urls";
import { listPublicEventSlugs } from "@/server/agenda/feeds";

const publicPages: AppPathname[] = ["/", "/actualites", "/agenda", "/centenaire", "/confidentialite"];

function staticPages(): MetadataRoute.Sitemap {
  return publicPages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(page, locale),
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((other) => [other, absoluteUrl(page, other)])),
          "x-default": absoluteUrl(page, routing.defaultLocale),
        },
      },
    })),
  );
}

/** Each language version an event has (a version missing is not a page of its own). */
async function eventPages(): Promise<MetadataRoute.Sitemap> {
  const events = await listPublicEventSlugs();
  return events.flatMap((event) => {
    const languages = eventAlternates(event.slugs);
    return routing.locales.flatMap((locale) => {
      const slug = event.slugs[locale];
      return slug ? [{ url: absolute(eventPath(slug, locale)), lastModified: event.updatedAt, alternates: { languages } }] : [];
    });
  });
}

// Read at request time: drafts and scheduled entries must never appear, and the build has no database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const articles = await listPublicArticleSlugs();
  const articlePages = articles.flatMap((article) => {
    const languages = articleAlternates(article.slugs);
    return Object.values(articleUrls(article.slugs)).map((url) => ({ url, lastModified: article.updatedAt, alternates: { languages } }));
  });
  return [...staticPages(), ...articlePages, ...(await eventPages())];
}
