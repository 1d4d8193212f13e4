import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventRegistrations, users } from "@/db/schema";
import { recordAudit } from "@/server/audit";
import { queuePromotionMail } from "./promotion-mail";

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
    await queuePromotionMail(tx, eventId, member);
    await recordAudit(tx, { actorId, action: "event.promote", targetType: "event", targetId: eventId, details: { userId: member.userId } });
  }
  return next.length;
}
