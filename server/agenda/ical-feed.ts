import "server-only";
import { getTranslations } from "next-intl/server";
import type { EventCategory, Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { eventPath } from "@/lib/agenda/event-urls";
import { absolute } from "@/lib/site-url";
import { env } from "@/lib/env";
import { buildCalendar, type IcalEvent } from "@/lib/ical";
import { markdownToText } from "@/lib/markdown";

/** The UID names the event, not the page: the same in both languages' feeds, across edits, and in the .ics a registrant is mailed. */
export function eventUid(eventId: string): string {
  return `event-${eventId}@${new URL(env().SITE_URL).hostname}`;
}

/** An event as a calendar tells it; `body` (Markdown) only for an event's own file. */
export type CalendarEntry = {
  id: string;
  category: EventCategory;
  startsAt: Date;
  endsAt: Date;
  revision: number;
  updatedAt: Date;
  slug: string;
  title: string;
  summary: string;
  place: string;
  body?: string;
  textLocale: Locale;
  cancelledAt: Date | null;
  /** Who organises it; named in the description (ORGANIZER would need a mail address per organisation). */
  organisers?: Organisation[];
};

/**
 * A calendar of events as the reader's language tells them; `feed` makes it a
 * subscribable one. An event's own file carries its whole text; in the feed,
 * each event has its summary and the link to its page, which keeps a feed of
 * two hundred events a small file that calendars fetch again every few hours.
 */
export async function eventsCalendar(locale: Locale, entries: CalendarEntry[], options: { feed: boolean; name?: string; description?: string }): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Agenda" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const host = new URL(env().SITE_URL).hostname;
  const events: IcalEvent[] = entries.map((entry) => {
    const url = absolute(eventPath(entry.slug, locale));
    const body = entry.body ? markdownToText(entry.body) : "";
    return {
      uid: eventUid(entry.id),
      start: entry.startsAt,
      end: entry.endsAt,
      summary: entry.title,
      description: [
        entry.summary,
        body,
        entry.organisers?.length ? t("organisedBy", { organisers: list.format(entry.organisers.map((o) => tOrg(o))) }) : "",
        url,
      ]
        .filter(Boolean)
        .join("\n\n"),
      location: entry.place,
      url,
      categories: [t(`categories.${entry.category}`)],
      language: entry.textLocale,
      sequence: entry.revision,
      lastModified: entry.updatedAt,
      cancelled: entry.cancelledAt !== null,
    };
  });
  return buildCalendar({
    prodId: `-//${host}//Agenda ${locale}//${locale.toUpperCase()}`,
    name: options.feed ? (options.name ?? t("ics.feedName")) : undefined,
    description: options.feed ? (options.description ?? t("ics.feedDescription")) : undefined,
    refreshHours: options.feed ? 6 : undefined,
    stamp: new Date(),
    events,
  });
}

export function calendarResponse(body: string, filename: string, download: boolean): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${filename}"`,
      "Cache-Control": "public, max-age=0, s-maxage=300",
    },
  });
}
