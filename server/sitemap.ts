import "server-only";
import type { MetadataRoute } from "next";
import { routing, type StaticPathname } from "@/i18n/routing";
import { eventAlternates, eventPath } from "@/lib/agenda/event-urls";
import { ideaAlternates, ideaUrl } from "@/lib/ideas/idea-urls";
import { articleAlternates, articleUrls } from "@/lib/news/article-urls";
import { absolute, absoluteUrl, pageAlternates } from "@/lib/site-url";
import { organisations } from "@/db/schema";
import { organisationHref } from "@/lib/organisations/organisation-urls";
import { listPublicEventSlugs } from "@/server/agenda/feeds";
import { listPublicIdeasForSitemap } from "@/server/ideas/public";
import { listPublicArticleSlugs } from "@/server/news/feeds";

const publicPages: StaticPathname[] = ["/", "/actualites", "/agenda", "/centenaire", "/confidentialite", "/mentions-legales", "/accessibilite"];

function staticPages(): MetadataRoute.Sitemap {
  return publicPages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(page, locale),
      alternates: { languages: pageAlternates(page) },
    })),
  );
}

/** Each organisation's page in both languages, each with its own slug. */
function organisationPages(): MetadataRoute.Sitemap {
  return organisations.flatMap((organisation) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(organisationHref(organisation, l), l)]));
    return routing.locales.map((locale) => ({ url: languages[locale], alternates: { languages } }));
  });
}

/** Each language version an article has (a version missing is not a page of its own). */
async function articlePages(): Promise<MetadataRoute.Sitemap> {
  const articles = await listPublicArticleSlugs();
  return articles.flatMap((article) => {
    const languages = articleAlternates(article.slugs);
    return Object.values(articleUrls(article.slugs)).map((url) => ({ url, lastModified: article.updatedAt, alternates: { languages } }));
  });
}

/** Each language version an event has, likewise. */
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

/**
 * Each public idea once, at its page in the language it is written in; the
 * page in the other language (the same text, with the interface around it
 * translated) is named as an alternate.
 */
async function ideaPages(): Promise<MetadataRoute.Sitemap> {
  const ideas = await listPublicIdeasForSitemap();
  return ideas.map((idea) => ({ url: ideaUrl(idea.id, idea.language), lastModified: idea.updatedAt, alternates: { languages: ideaAlternates(idea.id) } }));
}

/** Every public page: only what a visitor may read, drafts, scheduled articles and ideas awaiting moderation never. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [articles, events, ideas] = await Promise.all([articlePages(), eventPages(), ideaPages()]);
  return [...staticPages(), ...organisationPages(), ...articles, ...events, ...ideas];
}
