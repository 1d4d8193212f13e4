import "server-only";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./routing";

/**
 * The language of the page asked for, from its `[locale]` segment; any other
 * first segment (`/xx/actualites`) is a 404. The layout checks it too, but a
 * page renders alongside its layout and would query the database with the
 * unknown language first.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
