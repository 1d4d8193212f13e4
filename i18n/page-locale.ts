import "server-only";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./routing";

/**
 * The language of the page asked for, from its `[locale]` segment; any other
 * first segment (`/xx/actualites`) is a 404. The layout and every page ask it
 * themselves: a page renders alongside its layout, and would otherwise query
 * the database with the unknown language before the layout's 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
