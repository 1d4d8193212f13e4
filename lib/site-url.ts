import { getPathname, type Href } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "./env";

/** The absolute URL of a path of the portal (`/az/xeberler`), for feeds, mails, the sitemap and alternates. */
export function absolute(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

/** The absolute URL of a page in a language. */
export function absoluteUrl(href: Href, locale: Locale): string {
  return absolute(getPathname({ href, locale }));
}

/** hreflang alternates of a page that exists in every language: one per language, x-default on French. */
export function pageAlternates(href: Href): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(href, locale)]));
  return { ...languages, "x-default": languages[routing.defaultLocale] };
}
