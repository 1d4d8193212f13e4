import "server-only";
import { asc, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventOrganisers, eventRegistrations, events, eventTranslations, organisations, users, type Event, type Organisation, type EventTranslation, type RegistrationStatus } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { decodeCursor, encodeCursor } from "@/lib/news-cursor";
import { isUuid } from "@/lib/uuid";
import type { CurrentUser } from "@/server/users";
import { waitingForMany } from "@/server/joint/state";
import { canEditAgenda } from "./access";

export type EditorEventRow = Pick<Event, "id" | "category" | "status" | "startsAt" | "capacity"> & {
  registered: number;
  waitlisted: number;
  titles: Partial<Record<Locale, string>>;
  /** Asked to be published, waiting for the approval of these organisers (server/joint/). */
  waitingFor: Organisation[];
};

const countOf = (status: RegistrationStatus) =>
  sql<number>`(select count(*) from event_registrations r where r.event_id = "events"."id" and r.status = ${status})::int`;

/** Every event, drafts included, latest start first, by keyset pages; nothing for anyone but an editor. */
export async function listEventsForEditor(caller: CurrentUser | null, after: string | null, limit = 25): Promise<{ rows: EditorEventRow[]; next: string | null }> {
  if (!canEditAgenda(caller)) return { rows: [], next: null };
  const db = getDb();
  const cursor = decodeCursor(after);
  const page = await db
    .select({
      id: events.id,
      category: events.category,
      status: events.status,
      awaitingApproval: events.awaitingApproval,
      startsAt: events.startsAt,
      capacity: events.capacity,
      registered: countOf("registered"),
      waitlisted: countOf("waitlisted"),
    })
    .from(events)
    .where(cursor ? sql`("events"."starts_at", "events"."id") < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)` : undefined)
    .orderBy(desc(events.startsAt), desc(events.id))
    .limit(limit + 1);
  const shown = page.slice(0, limit);
  const versions = shown.length
    ? await db.select({ eventId: eventTranslations.eventId, locale: eventTranslations.locale, title: eventTranslations.title }).from(eventTranslations).where(inArray(eventTranslations.eventId, shown.map((e) => e.id)))
    : [];
  const waiting = await waitingForMany("event", shown.filter((e) => e.awaitingApproval).map((e) => e.id));
  const rows = shown.map((e) => ({ id: e.id, category: e.category, status: e.status, startsAt: e.startsAt, capacity: e.capacity, registered: e.registered, waitlisted: e.waitlisted, titles: Object.fromEntries(versions.filter((v) => v.eventId === e.id).map((v) => [v.locale, v.title])), waitingFor: waiting.get(e.id) ?? [] }));
  const last = shown.at(-1);
  return { rows, next: page.length > limit && last ? encodeCursor({ rank: 0, publishedAt: last.startsAt, id: last.id }) : null };
}

/** `registrations`: registered and waiting; with any, the event can only be cancelled, not deleted. */
export type EditorEvent = Event & { versions: Partial<Record<Locale, EventTranslation>>; registrations: number; organisers: Organisation[] };

/** One event with both versions, for the edit form; null for anyone but an editor. */
export async function getEventForEditor(caller: CurrentUser | null, id: string): Promise<EditorEvent | null> {
  if (!canEditAgenda(caller) || !isUuid(id)) return null;
  const db = getDb();
  const [event] = await db.select().from(events).where(eq(events.id, id));
  if (!event) return null;
  const [versions, [{ registrations }], organisers] = await Promise.all([
    db.select().from(eventTranslations).where(eq(eventTranslations.eventId, id)),
    db.select({ registrations: sql<number>`count(*)::int` }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id)),
    db.select({ organisation: eventOrganisers.organisation }).from(eventOrganisers).where(eq(eventOrganisers.eventId, id)),
  ]);
  const ordered = organisations.filter((o) => organisers.some((row) => row.organisation === o));
  return { ...event, versions: Object.fromEntries(versions.map((v) => [v.locale, v])), registrations, organisers: ordered };
}

export type RegistrationRow = { name: string; email: string; status: RegistrationStatus; createdAt: Date; promotedAt: Date | null };

/** Who registered, then the waiting list in its order; null for anyone but an editor. */
export async function listRegistrationsForEditor(caller: CurrentUser | null, eventId: string): Promise<{ registered: RegistrationRow[]; waitlisted: RegistrationRow[] } | null> {
  if (!canEditAgenda(caller) || !isUuid(eventId)) return null;
  const rows = await getDb()
    .select({ name: users.name, email: users.email, status: eventRegistrations.status, createdAt: eventRegistrations.createdAt, promotedAt: eventRegistrations.promotedAt })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.id));
  return { registered: rows.filter((r) => r.status === "registered"), waitlisted: rows.filter((r) => r.status === "waitlisted") };
}

/** The counts of the admin home's agenda card, in one query: events still to come; null for anyone but an editor. */
export async function agendaSummary(caller: CurrentUser | null, now = new Date()): Promise<{ upcoming: number; drafts: number; waitlisted: number } | null> {
  if (!canEditAgenda(caller)) return null;
  const from = now.toISOString();
  const [counts] = await getDb()
    .select({
      upcoming: sql<number>`(count(*) filter (where ${events.status} = 'published'))::int`,
      drafts: sql<number>`(count(*) filter (where ${events.status} = 'draft'))::int`,
      waitlisted: sql<number>`(select count(*) from event_registrations r join events e on e.id = r.event_id where r.status = 'waitlisted' and e.starts_at >= ${from}::timestamptz)::int`,
    })
    .from(events)
    .where(gte(events.startsAt, now));
  return counts;
}
