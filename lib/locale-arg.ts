import { isLocale, routing, type Locale } from "@/i18n/routing";

/** A locale bound into a server action arrives from the client: anything else falls back to French. */
export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
