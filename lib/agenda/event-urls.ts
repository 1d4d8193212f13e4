import { getPathname } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import { absolute } from "../site-url";

export type EventSlugs = Partial<Record<Locale, string>>;

/** The slug an event's page has in a language: its own version's, or the other one's (shown with a notice). */
export function slugIn(slugs: EventSlugs, locale: Locale): string | undefined {
  return slugs[locale] ?? routing.locales.map((l) => slugs[l]).find(Boolean);
}

export function eventPath(slug: string, locale: Locale): string {
  return getPathname({ href: { pathname: "/agenda/[slug]", params: { slug } }, locale });
}

export function eventIcsPath(slug: string, locale: Locale): string {
  return getPathname({ href: { pathname: "/agenda/[slug]/calendrier.ics", params: { slug } }, locale });
}

/**
 * hreflang alternates of an event's page: one per language (a missing version
 * is served, with a notice, under the other's slug) and x-default on French.
 */
export function eventAlternates(slugs: EventSlugs): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const slug = slugIn(slugs, locale);
    if (slug) languages[locale] = absolute(eventPath(slug, locale));
  }
  const fallback = languages[routing.defaultLocale];
  return fallback ? { ...languages, "x-default": fallback } : languages;
}
