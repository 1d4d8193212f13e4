import type { Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";
import { organisationSlug } from "@/lib/organisation-slugs";

/** The internal href of an organisation's page (and of its feeds), for Link, getPathname and absoluteUrl. */
export const organisationHref = (organisation: Organisation, locale: Locale) => ({
  pathname: "/organisations/[slug]" as const,
  params: { slug: organisationSlug(organisation, locale) },
});

export const organisationFeedHref = (organisation: Organisation, locale: Locale, feed: "rss" | "ics") => ({
  pathname: feed === "rss" ? ("/organisations/[slug]/rss.xml" as const) : ("/organisations/[slug]/agenda.ics" as const),
  params: { slug: organisationSlug(organisation, locale) },
});
