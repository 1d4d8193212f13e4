import { getPathname } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import { absolute } from "@/lib/site-url";

/** The path of an article's page in a language, by the slug it has there. */
export function articlePath(slug: string, locale: Locale): string {
  return getPathname({ href: { pathname: "/actualites/[slug]", params: { slug } }, locale });
}

/** The absolute address of each language version of an article. */
export function articleUrls(slugs: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  const urls: Partial<Record<Locale, string>> = {};
  for (const locale of routing.locales) {
    const slug = slugs[locale];
    if (slug) urls[locale] = absolute(articlePath(slug, locale));
  }
  return urls;
}

/** hreflang alternates: each version that exists, and x-default on the French one when there is one. */
export function articleAlternates(slugs: Partial<Record<Locale, string>>): Record<string, string> {
  const urls = articleUrls(slugs);
  const fallback = urls[routing.defaultLocale] ?? Object.values(urls)[0];
  return { ...urls, ...(fallback ? { "x-default": fallback } : {}) };
}
