import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventOldSlugs, events, eventTranslations, type EventCategory, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { EventSlugs } from "@/lib/agenda/event-urls";
import { isSlug } from "@/lib/slug";
import { findOldSlugOwner } from "@/server/slugs";
import { isPublished, registeredCount, organisersFrom, organisersList } from "./shown-version";

export type PublicEvent = {
  id: string;
  category: EventCategory;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  /** In euro cents; 0: free; null: not stated. */
  priceCents: number | null;
  registrationClosesAt: Date | null;
  registered: number;
  /** Who organises it: one or more of the three. */
  organisers: Organisation[];
  coverImage: string | null;
  /** What the cover shows, in the language of the texts shown. */
  coverAlt: string | null;
  revision: number;
  updatedAt: Date;
  /** Set when the event was cancelled (server/agenda/cancel-event.ts), with the editor's reason. */
  cancelledAt: Date | null;
  cancellationReason: string | null;
  /** The language of the texts shown: the reader's, or the other one when it is missing. */
  textLocale: Locale;
  title: string;
  summary: string;
  place: string;
  body: string;
  slugs: EventSlugs;
};

export type EventLookup = { kind: "event"; event: PublicEvent } | { kind: "redirect"; slug: string } | { kind: "missing" };

/**
 * The published event a visitor asked for by slug, in their language. The
 * other language's slug, when the reader's version exists, or a slug the
 * event had before an edit, gives the slug to redirect to; a draft is
 * missing, however it is asked for.
 */
export async function findPublicEvent(locale: Locale, slug: string): Promise<EventLookup> {
  if (!isSlug(slug)) return { kind: "missing" };
  const db = getDb();
  const matches = await db
    .select({ eventId: eventTranslations.eventId, locale: eventTranslations.locale })
    .from(eventTranslations)
    .innerJoin(events, eq(events.id, eventTranslations.eventId))
    .where(and(eq(eventTranslations.slug, slug), isPublished()));
  const current = matches.find((row) => row.locale === locale) ?? matches[0];
  const eventId = current?.eventId ?? (await findOldSlugOwner(eventOldSlugs, slug, { table: events, id: events.id, visible: isPublished() }));
  if (!eventId) return { kind: "missing" };
  const [[event], versions] = await Promise.all([
    db
      .select({
        id: events.id,
        category: events.category,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        capacity: events.capacity,
        priceCents: events.priceCents,
        registrationClosesAt: events.registrationClosesAt,
        registered: registeredCount(),
        organisers: organisersList(),
        coverImage: events.coverImage,
        revision: events.revision,
        updatedAt: events.updatedAt,
        cancelledAt: events.cancelledAt,
        cancellationReason: events.cancellationReason,
      })
      .from(events)
      .where(and(eq(events.id, eventId), isPublished())),
    db.select().from(eventTranslations).where(eq(eventTranslations.eventId, eventId)),
  ]);
  const shown = versions.find((v) => v.locale === locale) ?? versions[0];
  if (!event || !shown) return { kind: "missing" };
  if (shown.slug !== slug) return { kind: "redirect", slug: shown.slug };
  return {
    kind: "event",
    event: {
      ...event,
      organisers: organisersFrom(event.organisers),
      textLocale: shown.locale,
      title: shown.title,
      summary: shown.summary,
      place: shown.place,
      body: shown.body,
      coverAlt: shown.coverAlt,
      slugs: Object.fromEntries(versions.map((v) => [v.locale, v.slug])),
    },
  };
}
