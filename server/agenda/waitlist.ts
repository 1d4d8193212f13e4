import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventRegistrations, events, users } from "@/db/schema";
import { recordAudit } from "@/server/audit";
import { queueEventMail } from "./event-mail";

/**
 * Gives the free places (capacity minus those registered) to the first on the
 * waiting list, in order, and queues a mail to each in their language. Runs
 * in the caller's transaction, with the event's row locked.
 */
export async function promoteWaitlisted(tx: Tx, eventId: string, capacity: number, actorId: string | null): Promise<number> {
  const [{ taken }] = await tx
    .select({ taken: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
  const free = capacity - taken;
  if (free <= 0) return 0;
  const next = await tx
    .select({ id: eventRegistrations.id, userId: users.id, email: users.email, name: users.name, preferredLocale: users.preferredLocale })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "waitlisted")))
    .orderBy(asc(eventRegistrations.id))
    .limit(free);
  if (!next.length) return 0;
  await tx
    .update(eventRegistrations)
    .set({ status: "registered", promotedAt: new Date() })
    .where(inArray(eventRegistrations.id, next.map((row) => row.id)));
  for (const member of next) {
    await queueEventMail(tx, eventId, member, "promoted");
    await recordAudit(tx, { actorId, action: "event.promote", targetType: "event", targetId: eventId, details: { userId: member.userId } });
  }
  return next.length;
}

/**
 * For account deletion, inside its transaction: gives back the member's
 * places in events still to come, each to the first in line (with their
 * mail), before the cascade removes the registrations. Events are locked in
 * a fixed order so that two deletions cannot deadlock.
 */
export async function releaseMemberRegistrations(tx: Tx, userId: string, now = new Date()): Promise<number> {
  const held = await tx
    .select({ eventId: eventRegistrations.eventId, capacity: events.capacity })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(and(eq(eventRegistrations.userId, userId), eq(eventRegistrations.status, "registered"), gt(events.startsAt, now)))
    .orderBy(asc(eventRegistrations.eventId));
  let promoted = 0;
  for (const { eventId, capacity } of held) {
    await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for("update");
    await tx.delete(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
    if (capacity !== null) promoted += await promoteWaitlisted(tx, eventId, capacity, null);
  }
  return promoted;
}
