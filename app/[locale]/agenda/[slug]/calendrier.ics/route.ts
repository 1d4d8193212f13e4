import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { eventIcsPath } from "@/lib/agenda/event-urls";
import { calendarResponse, eventsCalendar } from "@/server/agenda/ical-feed";
import { findPublicEvent } from "@/server/agenda/public-event";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

// One event as a file to open in a calendar application; the slug is the page's, in the reader's language.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/agenda/[slug]/calendrier.ics">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const found = await findPublicEvent(locale, slug);
  // A relative Location: the host the request reached is the one to stay on.
  if (found.kind === "redirect") return new Response(null, { status: 308, headers: { Location: eventIcsPath(found.slug, locale) } });
  if (found.kind !== "event") notFound();
  const { event } = found;
  const body = await eventsCalendar(locale, [{ ...event, slug }], { feed: false });
  return calendarResponse(body, `${slug}.ics`, true);
}
