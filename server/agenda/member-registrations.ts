import "server-only";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventRegistrations, events, type RegistrationStatus } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { CurrentUser } from "@/server/users";
import type { RegistrationState } from "./registrations";
import { isPublished, versionsFor } from "./shown-version";

// The place in line, in the same query: those waitlisted up to the registration `row` names. Names are
// written out, since drizzle leaves columns unqualified where the subquery would misread them.
function placeInLineOf(row: SQL) {
  return sql<number>`(select count(*) from event_registrations w where w.event_id = ${row}.event_id and w.status = 'waitlisted' and w.id <= ${row}.id)::int`;
}
const placeInLine = placeInLineOf(sql`"event_registrations"`);

function state(status: RegistrationStatus, place: number): RegistrationState {
  return status === "registered" ? { status } : { status, place };
}

type RegistrationRow = { status: RegistrationStatus; place: number };

/**
 * The registration for an event of the member of the outer `users` row, as one
 * json column (null: none); /api/reader asks it beside the page's other questions, in one statement.
 */
export function registrationOf(eventId: string): SQL<RegistrationRow | null> {
  return sql<RegistrationRow | null>`(select json_build_object('status', mine.status, 'place', ${placeInLineOf(sql`mine`)}) from event_registrations mine where mine.event_id = ${eventId} and mine.user_id = "users"."id")`;
}

export function registrationState(row: RegistrationRow | null | undefined): RegistrationState | null {
  return row ? state(row.status, row.place) : null;
}

export type MyRegistration = {
  eventId: string;
  slug: string;
  title: string;
  textLocale: Locale;
  startsAt: Date;
  endsAt: Date;
  registration: RegistrationState;
};

/** The caller's registrations for events that have not ended yet, soonest first. */
export async function listMyRegistrations(caller: CurrentUser | null, locale: Locale, now = new Date()): Promise<MyRegistration[]> {
  if (!caller) return [];
  const v = versionsFor(locale);
  const rows = await getDb()
    .select({
      eventId: events.id,
      slug: v.shown<string>("slug"),
      title: v.shown<string>("title"),
      textLocale: v.shown<Locale>("locale"),
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      status: eventRegistrations.status,
      place: placeInLine,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .leftJoin(v.own, v.joinOwn)
    .leftJoin(v.other, v.joinOther)
    .where(and(eq(eventRegistrations.userId, caller.id), isPublished(), gt(events.endsAt, now)))
    .orderBy(asc(events.startsAt))
    .limit(50);
  return rows.map(({ status, place, ...row }) => ({ ...row, registration: state(status, place) }));
}
