import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { eventRegistrations, events, type RegistrationStatus } from "@/db/schema";
import { registrationWindow } from "@/lib/agenda/registration-window";
import { isUuid } from "@/lib/uuid";
import { recordAudit } from "@/server/audit";
import type { CurrentUser } from "@/server/users";
import { isEmailVerified } from "@/server/verification";
import { queueEventMail } from "./event-mail";
import { promoteWaitlisted } from "./waitlist";

export type RegistrationState = { status: "registered" } | { status: "waitlisted"; place: number };
export type RegisterResult = ({ ok: true } & RegistrationState) | { ok: false; reason: "signIn" | "unverified" | "notFound" | "noRegistration" | "closed" };
export type CancelResult = { ok: true; promoted: number } | { ok: false; reason: "signIn" | "notFound" | "notRegistered" | "started" };

/**
 * Locks the event's row for the rest of the transaction. Every registration
 * and cancellation of one event goes through this lock, so that they are
 * counted one after the other: two members racing for the last place cannot
 * both get it.
 */
async function lockEvent(tx: Tx, eventId: string) {
  const [event] = await tx
    .select({ status: events.status, cancelledAt: events.cancelledAt, capacity: events.capacity, startsAt: events.startsAt, registrationClosesAt: events.registrationClosesAt })
    .from(events)
    .where(eq(events.id, eventId))
    .for("update");
  // A cancelled event takes no registration and gives no place back to anyone.
  return event?.status === "published" && !event.cancelledAt ? event : undefined;
}

/** A waitlisted registration's place: 1 for the first in line. */
export async function waitlistPlace(tx: Tx, eventId: string, registrationId: number): Promise<number> {
  const [{ place }] = await tx
    .select({ place: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "waitlisted"), sql`${eventRegistrations.id} <= ${registrationId}`));
  return place;
}

async function stateOf(tx: Tx, eventId: string, row: { id: number; status: RegistrationStatus }): Promise<RegistrationState> {
  return row.status === "registered" ? { status: "registered" } : { status: "waitlisted", place: await waitlistPlace(tx, eventId, row.id) };
}

/**
 * Registers the caller: a place while the capacity lasts, then the waiting
 * list. Registering again returns the registration the caller already has.
 */
export async function registerForEvent(caller: CurrentUser | null, eventId: string, now = new Date()): Promise<RegisterResult> {
  if (!caller) return { ok: false, reason: "signIn" };
  if (!isUuid(eventId)) return { ok: false, reason: "notFound" };
  return getDb().transaction(async (tx): Promise<RegisterResult> => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, reason: "notFound" };
    const mine = and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, caller.id));
    const [existing] = await tx.select({ id: eventRegistrations.id, status: eventRegistrations.status }).from(eventRegistrations).where(mine);
    if (existing) return { ok: true, ...(await stateOf(tx, eventId, existing)) };
    // Cancelling stays open to all; taking a place needs a confirmed address.
    if (!(await isEmailVerified(caller.id, tx))) return { ok: false, reason: "unverified" };
    const window = registrationWindow(event, now);
    if (window !== "open") return { ok: false, reason: window === "none" ? "noRegistration" : "closed" };

    const [{ taken }] = await tx
      .select({ taken: sql<number>`count(*)::int` })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
    const status: RegistrationStatus = taken < event.capacity! ? "registered" : "waitlisted";
    const [created] = await tx
      .insert(eventRegistrations)
      .values({ eventId, userId: caller.id, status })
      .returning({ id: eventRegistrations.id, status: eventRegistrations.status });
    await recordAudit(tx, { actorId: caller.id, action: "event.register", targetType: "event", targetId: eventId, details: { status } });
    const state = await stateOf(tx, eventId, created);
    const member = { userId: caller.id, email: caller.email, name: caller.name, preferredLocale: caller.preferredLocale };
    await queueEventMail(tx, eventId, member, state.status, { waitlistPlace: state.status === "waitlisted" ? state.place : undefined });
    return { ok: true, ...state };
  });
}

/**
 * Cancels the caller's registration or leaves the waiting list, until the
 * event starts. A freed place goes to the first on the waiting list, who is
 * told by mail, in the same transaction.
 */
export async function cancelRegistration(caller: CurrentUser | null, eventId: string, now = new Date()): Promise<CancelResult> {
  if (!caller) return { ok: false, reason: "signIn" };
  if (!isUuid(eventId)) return { ok: false, reason: "notFound" };
  return getDb().transaction(async (tx): Promise<CancelResult> => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, reason: "notFound" };
    if (event.startsAt <= now) return { ok: false, reason: "started" };
    const [removed] = await tx
      .delete(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, caller.id)))
      .returning({ status: eventRegistrations.status });
    if (!removed) return { ok: false, reason: "notRegistered" };
    await recordAudit(tx, { actorId: caller.id, action: "event.unregister", targetType: "event", targetId: eventId, details: { status: removed.status } });
    const promoted = removed.status === "registered" && event.capacity !== null ? await promoteWaitlisted(tx, eventId, event.capacity, caller.id) : 0;
    return { ok: true, promoted };
  });
}
