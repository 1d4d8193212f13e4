import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventRegistrations, events, eventTranslations, users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { recordAudit } from "@/server/audit";
import type { CurrentUser } from "@/server/users";
import { canEditAgenda } from "./access";
import { queueEventMail } from "./event-mail";
import { mayActOnEvent, type TouchedEvent } from "./mutations";

export type CancelEventResult = { ok: true; mailed: number; touched: TouchedEvent } | { ok: false; reason: "forbidden" | "otherOrganisation" | "notFound" | "alreadyCancelled" | "reasonMissing" };

/**
 * Cancels an event: it stays, with a "cancelled" notice and the reason on its
 * page and STATUS:CANCELLED in the feeds (its revision, the SEQUENCE, goes
 * up), takes no more registrations, and everyone registered or waiting is
 * mailed, in their language, in the same transaction.
 */
export async function cancelEvent(caller: CurrentUser | null, id: string, reason: string): Promise<CancelEventResult> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  const why = reason.trim().slice(0, 500);
  if (!why) return { ok: false, reason: "reasonMissing" };
  return getDb().transaction(async (tx): Promise<CancelEventResult> => {
    const [exists] = await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for("update");
    if (!exists) return { ok: false, reason: "notFound" };
    if (!(await mayActOnEvent(caller, tx, id))) return { ok: false, reason: "otherOrganisation" };
    // Registrations lock this row too: none can slip in between the cancellation and the mails.
    const [cancelled] = await tx
      .update(events)
      .set({ cancelledAt: new Date(), cancellationReason: why, revision: sql`${events.revision} + 1`, updatedBy: caller.id, updatedAt: new Date() })
      .where(and(eq(events.id, id), isNull(events.cancelledAt)))
      .returning({ id: events.id });
    if (!cancelled) return { ok: false, reason: "alreadyCancelled" };
    const people = await tx
      .select({ userId: users.id, email: users.email, name: users.name, preferredLocale: users.preferredLocale })
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .where(eq(eventRegistrations.eventId, id))
      .orderBy(asc(eventRegistrations.id));
    for (const person of people) await queueEventMail(tx, id, person, "cancelled");
    const slugs = (await tx.select({ slug: eventTranslations.slug }).from(eventTranslations).where(eq(eventTranslations.eventId, id))).map((v) => v.slug);
    await recordAudit(tx, { actorId: caller.id, action: "event.cancel", targetType: "event", targetId: id, details: { reason: why, mailed: people.length } });
    return { ok: true, mailed: people.length, touched: { id, slugs } };
  });
}
