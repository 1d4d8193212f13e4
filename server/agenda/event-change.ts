import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventRegistrations, events, eventTranslations, users } from "@/db/schema";
import type { EventInput } from "@/lib/validation/event";
import { queueEventMail, type EventBefore } from "./event-mail";

/** The event's times and places as they are before an edit (read inside the edit's transaction). */
export async function eventBefore(tx: Tx, id: string): Promise<EventBefore & { cancelled: boolean }> {
  const [event] = await tx.select({ startsAt: events.startsAt, endsAt: events.endsAt, cancelledAt: events.cancelledAt }).from(events).where(eq(events.id, id));
  const versions = await tx.select({ locale: eventTranslations.locale, place: eventTranslations.place }).from(eventTranslations).where(eq(eventTranslations.eventId, id));
  return { startsAt: event.startsAt, endsAt: event.endsAt, places: Object.fromEntries(versions.map((v) => [v.locale, v.place])), cancelled: !!event.cancelledAt };
}

/**
 * When an edit moves the event or its place, everyone registered or waiting
 * is told what changed (old → new), with the updated .ics (the edit bumped
 * the revision, so its SEQUENCE is higher). Other edits (a typo, the text)
 * mail no one.
 */
export async function noticeChange(tx: Tx, id: string, before: EventBefore & { cancelled: boolean }, input: EventInput): Promise<number> {
  if (before.cancelled) return 0;
  const moved = before.startsAt.getTime() !== input.startsAt.getTime() || before.endsAt.getTime() !== input.endsAt.getTime();
  const replaced = Object.entries(input.versions).some(([locale, version]) => version && before.places[locale as keyof EventBefore["places"]] !== undefined && before.places[locale as keyof EventBefore["places"]] !== version.place);
  if (!moved && !replaced) return 0;
  const people = await tx
    .select({ userId: users.id, email: users.email, name: users.name, preferredLocale: users.preferredLocale })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(eq(eventRegistrations.eventId, id))
    .orderBy(asc(eventRegistrations.id));
  for (const person of people) await queueEventMail(tx, id, person, "changed", { before });
  return people.length;
}
