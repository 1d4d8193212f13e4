import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { organisationOfSlug } from "@/lib/organisation-slugs";
import { listFeedEvents } from "@/server/agenda/feeds";
import { calendarResponse, eventsCalendar } from "@/server/agenda/ical-feed";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

// The subscribable feed of the events one organisation organises (alone or with others) that have not ended.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/organisations/[slug]/agenda.ics">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const organisation = organisationOfSlug(slug, locale);
  if (!organisation) notFound();
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const name = (await getTranslations({ locale, namespace: "News.organisation" }))(organisation);
  const body = await eventsCalendar(locale, await listFeedEvents(locale, new Date(), 200, organisation), {
    feed: true,
    name: t("icsName", { organisation: name }),
    description: t("icsDescription", { organisation: name }),
  });
  return calendarResponse(body, `agenda-${slug}-${locale}.ics`, false);
}
