import "server-only";
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, eventTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { EventSlugs } from "@/lib/agenda/event-urls";
import type { CalendarEntry } from "./ical-feed";
import { isPublished, organisedBy, organisersFrom, organisersList, versionsFor } from "./shown-version";

/**
 * Published events that have not ended, in the reader's language (or the other one where it is missing), without their text;
 * `organisation`: only those it organises (its own feed).
 */
export async function listFeedEvents(locale: Locale, now = new Date(), limit = 200, organisation?: Organisation): Promise<CalendarEntry[]> {
  const v = versionsFor(locale);
  const rows = await getDb()
    .select({
      id: events.id,
      category: events.category,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      revision: events.revision,
      updatedAt: events.updatedAt,
      cancelledAt: events.cancelledAt,
      organisers: organisersList(),
      slug: v.shown<string>("slug"),
      title: v.shown<string>("title"),
      summary: v.shown<string>("summary"),
      place: v.shown<string>("place"),
      textLocale: v.shown<Locale>("locale"),
    })
    .from(events)
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(and(isPublished(), gt(events.endsAt, now), organisedBy(organisation)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, organisers: organisersFrom(row.organisers) }));
}

export type SitemapEvent = { id: string; updatedAt: Date; slugs: EventSlugs };

/** Every published event with the slug of each language version it has. */
export async function listPublicEventSlugs(): Promise<SitemapEvent[]> {
  const rows = await getDb()
    .select({ id: events.id, updatedAt: events.updatedAt, locale: eventTranslations.locale, slug: eventTranslations.slug })
    .from(events)
    .innerJoin(eventTranslations, eq(eventTranslations.eventId, events.id))
    .where(isPublished())
    .orderBy(desc(events.startsAt), desc(events.id));
  const byId = new Map<string, SitemapEvent>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, updatedAt: row.updatedAt, slugs: {} };
    entry.slugs[row.locale] = row.slug;
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}
