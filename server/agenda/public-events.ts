import "server-only";
import { and, asc, desc, eq, gt, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, type EventCategory, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { Month } from "@/lib/agenda/month";
import { monthBounds } from "@/lib/agenda/month";
import { decodeCursor, encodeCursor } from "@/lib/news-cursor";
import { isPublished, organisedBy, organisersFrom, organisersList, registeredCount, versionsFor } from "./shown-version";

export type EventCard = {
  id: string;
  category: EventCategory;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  /** In euro cents; 0: free; null: not stated. */
  priceCents: number | null;
  registered: number;
  /** Cancelled: the page stays online and says so; lists mark it. */
  cancelled: boolean;
  organisers: Organisation[];
  coverImage: string | null;
  /** What the cover shows, in the language of the texts shown. */
  coverAlt: string | null;
  /** The slug of the event's page in the reader's language. */
  slug: string;
  title: string;
  summary: string;
  place: string;
  /** The language of the texts: the reader's, or the other one when it is missing. */
  textLocale: Locale;
};

type ListFilter = { locale: Locale; category?: EventCategory; organisation?: Organisation; now?: Date };

async function selectCards(filter: ListFilter, conditions: (SQL | undefined)[], order: SQL[], limit: number): Promise<EventCard[]> {
  const v = versionsFor(filter.locale);
  const rows = await getDb()
    .select({
      id: events.id,
      category: events.category,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      capacity: events.capacity,
      priceCents: events.priceCents,
      registered: registeredCount(),
      cancelled: sql<boolean>`${events.cancelledAt} is not null`,
      organisers: organisersList(),
      coverImage: events.coverImage,
      // From the same version as the texts (a coalesce would mix languages when only one has it).
      coverAlt: sql<string | null>`case when ${v.own.eventId} is not null then ${v.own.coverAlt} else ${v.other.coverAlt} end`,
      slug: v.shown<string>("slug"),
      title: v.shown<string>("title"),
      summary: v.shown<string>("summary"),
      place: v.shown<string>("place"),
      textLocale: v.shown<Locale>("locale"),
    })
    .from(events)
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(and(isPublished(), filter.category ? eq(events.category, filter.category) : undefined, organisedBy(filter.organisation), ...conditions))
    .orderBy(...order)
    .limit(limit);
  return rows.map((row) => ({ ...row, organisers: organisersFrom(row.organisers) }));
}

type Page = { events: EventCard[]; next: string | null };

// The cursor of news, reused: rank 0, the start time and the id of the last event shown.
function paginate(rows: EventCard[], limit: number): Page {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { events: shown, next: rows.length > limit && last ? encodeCursor({ rank: 0, publishedAt: last.startsAt, id: last.id }) : null };
}

function position(after: string | null | undefined, direction: ">" | "<"): SQL | undefined {
  const cursor = decodeCursor(after);
  if (!cursor) return undefined;
  return sql`(${events.startsAt}, ${events.id}) ${sql.raw(direction)} (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}

/** Events still to start, soonest first, by keyset pages. */
export async function listUpcomingEvents(filter: ListFilter & { after?: string | null; limit?: number }): Promise<Page> {
  const { now = new Date(), limit = 10 } = filter;
  const rows = await selectCards(filter, [gte(events.startsAt, now), position(filter.after, ">")], [asc(events.startsAt), asc(events.id)], limit + 1);
  return paginate(rows, limit);
}

/** Events under way (an exhibition that runs for weeks), shown above the upcoming ones. */
export async function listOngoingEvents(filter: ListFilter): Promise<EventCard[]> {
  const now = filter.now ?? new Date();
  return selectCards(filter, [gt(events.endsAt, now), lt(events.startsAt, now)], [asc(events.startsAt), asc(events.id)], 20);
}

/** Events that have ended, newest first, by keyset pages. */
export async function listPastEvents(filter: ListFilter & { after?: string | null; limit?: number }): Promise<Page> {
  const { now = new Date(), limit = 10 } = filter;
  const rows = await selectCards(filter, [lt(events.startsAt, now), lte(events.endsAt, now), position(filter.after, "<")], [desc(events.startsAt), desc(events.id)], limit + 1);
  return paginate(rows, limit);
}

/** Every event that takes place, even in part, during a Paris month. */
export async function listMonthEvents(filter: ListFilter & { month: Month }): Promise<EventCard[]> {
  const { start, end } = monthBounds(filter.month);
  return selectCards(filter, [lt(events.startsAt, end), gt(events.endsAt, start)], [asc(events.startsAt), asc(events.id)], 300);
}

/** The next events for the home page. */
export async function listNextEvents(locale: Locale, limit = 3): Promise<EventCard[]> {
  return selectCards({ locale }, [gte(events.startsAt, new Date())], [asc(events.startsAt), asc(events.id)], limit);
}
