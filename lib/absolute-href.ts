import { routing, type AppPathname, type Locale } from "@/i18n/routing";
import { env } from "./env";

/**
 * The absolute URL of a localized page, dynamic segments filled in, for
 * links in mail. Built from routing.ts alone (not next-intl's navigation,
 * which needs Next's router): mail is written outside any page request.
 */
export function absoluteHref(pathname: AppPathname, locale: Locale, params: Record<string, string> = {}): string {
  const localized = routing.pathnames[pathname];
  const template = typeof localized === "string" ? localized : localized[locale];
  const path = template.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing parameter ${name} for ${pathname}`);
    return encodeURIComponent(value);
  });
  return new URL(`/${locale}${path === "/" ? "" : path}`, env().SITE_URL).toString();
}
