import { routing, type Locale } from "@/i18n/routing";
import { env } from "../env";

/**
 * The address of an idea's page in a language. Read from routing.ts without
 * the router: mails and the sitemap are written outside any page.
 */
export function ideaUrl(id: number, locale: Locale): string {
  const path = routing.pathnames["/centenaire/[id]"][locale].replace("[id]", String(id));
  return new URL(`/${locale}${path}`, env().SITE_URL).toString();
}

/**
 * hreflang alternates of an idea's page. An idea is written in one language,
 * but its page exists in both (around the text, which keeps its own `lang`);
 * x-default on French, as for every page of the portal.
 */
export function ideaAlternates(id: number): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((locale) => [locale, ideaUrl(id, locale)]));
  return { ...languages, "x-default": languages[routing.defaultLocale] };
}
