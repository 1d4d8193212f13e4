import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { events, eventTranslations, organisations, type Organisation } from "@/db/schema";
import { routing, type Locale } from "@/i18n/routing";

/**
 * The reader's language version of each event (`own`) and the other one
 * (`other`), joined side by side: lists show `own` when it exists and fall
 * back to `other`, with its language marked.
 */
export function versionsFor(locale: Locale) {
  const otherLocale = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const own = alias(eventTranslations, "own");
  const other = alias(eventTranslations, "other");
  const shown = <T>(column: keyof typeof own.$inferSelect) => sql<T>`coalesce(${own[column]}, ${other[column]})`;
  return {
    own,
    other,
    joinOwn: and(eq(own.eventId, events.id), eq(own.locale, locale)),
    joinOther: and(eq(other.eventId, events.id), eq(other.locale, otherLocale)),
    shown,
  };
}

/** What a visitor may see. */
export function isPublished(): SQL {
  return eq(events.status, "published");
}

/**
 * How many hold a place (not the waiting list), served by the (event, status)
 * index. Names are written out: drizzle leaves columns unqualified in a
 * single-table select, which a correlated subquery would misread.
 */
export function registeredCount(): SQL<number> {
  return sql<number>`(select count(*) from event_registrations r where r.event_id = "events"."id" and r.status = 'registered')::int`;
}

/**
 * The event's organisers as text ("embassy,ulduz"; neither driver parses an array of a custom enum),
 * read back by `organisersFrom`. Names written out, as in `registeredCount`.
 */
export function organisersList(): SQL<string> {
  return sql<string>`(select coalesce(string_agg(o.organisation::text, ','), '') from event_organisers o where o.event_id = "events"."id")`;
}

export function organisersFrom(text: string): Organisation[] {
  const listed = text.split(",");
  return organisations.filter((organisation) => listed.includes(organisation));
}

/** Events one organisation organises (alone or with others), served by event_organisers' (organisation, event) index. */
export function organisedBy(organisation: Organisation | undefined): SQL | undefined {
  return organisation ? sql`exists (select 1 from event_organisers o where o.event_id = "events"."id" and o.organisation = ${organisation})` : undefined;
}
