import type { Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";

// Each organisation's slug in the address of its contact page, per language.
const slugs: Record<Organisation, Record<Locale, string>> = {
  embassy: { fr: "ambassade", az: "sefirlik" },
  ulduz: { fr: "ulduz", az: "ulduz" },
  cultural_centre: { fr: "centre-culturel", az: "medeniyyet-merkezi" },
};

export const organisationList = Object.keys(slugs) as Organisation[];

export function organisationSlug(organisation: Organisation, locale: Locale): string {
  return slugs[organisation][locale];
}

/** The organisation a slug names in that language, or null. */
export function organisationOfSlug(slug: string, locale: Locale): Organisation | null {
  return organisationList.find((organisation) => slugs[organisation][locale] === slug) ?? null;
}
