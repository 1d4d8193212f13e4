import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { env } from "./env";

type Href = Parameters<typeof getPathname>[0]["href"];

/** The absolute URL of a localized page, dynamic segments included (links in mail). */
export function absoluteHref(href: Href, locale: Locale): string {
  return new URL(getPathname({ href, locale }), env().SITE_URL).toString();
}
