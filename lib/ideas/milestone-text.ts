import type { Locale } from "@/i18n/routing";

export type Bilingual = { fr: string | null; az: string | null };

/** A text of a milestone in the reader's language, else in the other one, with the language it is in (for its `lang`). */
export function inReaderLanguage(pair: Bilingual, locale: Locale): { text: string; lang: Locale } | undefined {
  const other: Locale = locale === "fr" ? "az" : "fr";
  if (pair[locale]) return { text: pair[locale]!, lang: locale };
  if (pair[other]) return { text: pair[other]!, lang: other };
  return undefined;
}

/** A milestone's day (a calendar date, no time) as a Date the formatter reads in UTC, so that no time zone moves it. */
export function milestoneDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
