import { getPathname } from "@/i18n/navigation";
import type { AppPathname, Locale } from "@/i18n/routing";
import { env } from "./env";

/** The absolute URL of a page, for feeds, the sitemap and alternates. */
export function absoluteUrl(href: AppPathname, locale: Locale): string {
  return new URL(getPathname({ href: href as never, locale }), env().SITE_URL).toString();
}
