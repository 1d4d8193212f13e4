import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventRegistrations, events, eventTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { recordAudit } from "@/server/audit";
import { verifyWithdrawal } from "@/server/signed-links";
import { promoteWaitlisted } from "./waitlist";

export type WithdrawalView = { state: "valid"; title: string; startsAt: Date } | { state: "invalid" | "done" | "started" };

/** What a reminder's "I can no longer come" link is about, for the page it opens (which asks before acting). */
export async function describeWithdrawal(token: string, locale: Locale, now = new Date()): Promise<WithdrawalView> {
  const id = verifyWithdrawal(token);
  if (id === null) return { state: "invalid" };
  const db = getDb();
  const [found] = await db
    .select({ eventId: events.id, startsAt: events.startsAt })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.id, id));
  // Already withdrawn (or cancelled from the event page): the place is free already.
  if (!found) return { state: "done" };
  if (found.startsAt <= now) return { state: "started" };
  const versions = await db.select({ locale: eventTranslations.locale, title: eventTranslations.title }).from(eventTranslations).where(eq(eventTranslations.eventId, found.eventId));
  const title = (versions.find((v) => v.locale === locale) ?? versions[0])?.title ?? "";
  return { state: "valid", title, startsAt: found.startsAt };
}

/**
 * Frees the place a signed link names, without signing in, and gives it to
 * the first on the waiting list (with their mail), as a cancellation from the
 * event's page does. A second use finds nothing to free.
 */
export async function withdrawByLink(token: string, now = new Date()): Promise<{ ok: true; eventId: string; promoted: number } | { ok: false; reason: "invalid" | "done" | "started" }> {
  const id = verifyWithdrawal(token);
  if (id === null) return { ok: false, reason: "invalid" };
  return getDb().transaction(async (tx) => {
    const [registration] = await tx.select({ eventId: eventRegistrations.eventId }).from(eventRegistrations).where(eq(eventRegistrations.id, id));
    if (!registration) return { ok: false, reason: "done" } as const;
    // The lock registrations and cancellations take: the freed place is counted once.
    const [event] = await tx.select({ startsAt: events.startsAt, capacity: events.capacity, cancelledAt: events.cancelledAt }).from(events).where(eq(events.id, registration.eventId)).for("update");
    if (event.startsAt <= now) return { ok: false, reason: "started" } as const;
    const [removed] = await tx
      .delete(eventRegistrations)
      .where(eq(eventRegistrations.id, id))
      .returning({ userId: eventRegistrations.userId, status: eventRegistrations.status });
    if (!removed) return { ok: false, reason: "done" } as const;
    await recordAudit(tx, { actorId: removed.userId, action: "event.unregister", targetType: "event", targetId: registration.eventId, details: { status: removed.status, via: "reminder" } });
    const free = removed.status === "registered" && event.capacity !== null && !event.cancelledAt;
    const promoted = free ? await promoteWaitlisted(tx, registration.eventId, event.capacity!, removed.userId) : 0;
    return { ok: true, eventId: registration.eventId, promoted } as const;
  });
}
