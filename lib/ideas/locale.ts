import { isLocale, routing, type Locale } from "@/i18n/routing";

/** A locale bound into an action comes from the client: never trust it blindly. */
export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
