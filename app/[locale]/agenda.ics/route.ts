import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { listFeedEvents } from "@/server/agenda/feeds";
import { calendarResponse, eventsCalendar } from "@/server/agenda/ical-feed";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

// The subscribable feed of the events that have not ended, in the reader's language.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/agenda.ics">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const body = await eventsCalendar(locale, await listFeedEvents(locale), { feed: true });
  return calendarResponse(body, `agenda-${locale}.ics`, false);
}
