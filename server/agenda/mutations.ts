import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { eventRegistrations, events, eventTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { isUuid } from "@/lib/uuid";
import type { EventInput } from "@/lib/validation/event";
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/server/audit";
import { takenSlugLocales } from "@/server/slugs";
import type { CurrentUser } from "@/server/users";
import { mayChangeOrganisers, organisationsOf } from "@/server/organisations/membership";
import { settleJointSave } from "@/server/joint/settle";
import { textHashOf } from "@/server/joint/text-hash";
import { canEditAgenda } from "./access";
import { organisersOf, saveOrganisers } from "./event-organisers";
import { eventSlugColumns, saveVersions, versionEntries } from "./event-versions";
import { eventBefore, noticeChange } from "./event-change";
import { promoteWaitlisted } from "./waitlist";

/** What a change touched, for revalidation: the event and every slug it had or has. */
export type TouchedEvent = { id: string; slugs: string[] };
export type SaveEventResult =
  | { ok: true; id: string; revision: number; touched: TouchedEvent; waitingFor: Organisation[] }
  | { ok: false; reason: "forbidden" | "otherOrganisation" | "notFound" | "stale" }
  | { ok: false; reason: "slugTaken"; locales: Locale[] }
  | { ok: false; reason: "capacityBelowRegistered" | "registrationsExist"; registered: number };

function eventRow(input: EventInput) {
  const { category, status, startsAt, endsAt, capacity, priceCents, registrationClosesAt, reminderHours, coverImage } = input;
  return { category, status, startsAt, endsAt, capacity, priceCents, registrationClosesAt, reminderHours, coverImage };
}

function auditDetails(input: EventInput) {
  return {
    ...eventRow(input),
    organisers: input.organisers,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    registrationClosesAt: input.registrationClosesAt?.toISOString() ?? null,
    versions: Object.fromEntries(versionEntries(input.versions).map(([locale, v]) => [locale, { slug: v.slug, title: v.title }])),
  };
}

/** Thrown inside a transaction to roll back what it wrote and answer the editor. */
class RefusedSave extends Error {
  constructor(readonly result: SaveEventResult) {
    super("refused");
  }
}

// Two editors racing for one slug: the unique index decides, and the loser gets a field error.
async function saving(versions: EventInput["versions"], work: () => Promise<SaveEventResult>): Promise<SaveEventResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RefusedSave) return error.result;
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken", locales: Object.keys(versions) as Locale[] };
    throw error;
  }
}

export async function createEvent(caller: CurrentUser | null, input: EventInput): Promise<SaveEventResult> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveEventResult> => {
      // An editor organises in the name of one of their organisations at least; the others they invite approve it (server/joint/).
      const mine = await organisationsOf(caller, tx);
      if (!mayChangeOrganisers(mine, [], input.organisers)) return { ok: false, reason: "otherOrganisation" };
      const taken = await takenSlugLocales(tx, eventSlugColumns, input.versions, null);
      if (taken.length) return { ok: false, reason: "slugTaken", locales: taken };
      const [created] = await tx
        .insert(events)
        .values({ ...eventRow(input), createdBy: caller.id, updatedBy: caller.id })
        .returning({ id: events.id, revision: events.revision });
      await saveOrganisers(tx, created.id, input.organisers);
      const slugs = await saveVersions(tx, created.id, input.versions);
      await recordAudit(tx, { actorId: caller.id, action: "event.create", targetType: "event", targetId: created.id, details: auditDetails(input) });
      const { waitingFor } = await settleJointSave(tx, "event", created.id, { caller, mine, wantsPublished: input.status === "published", hashBefore: null, wasPublished: false });
      return { ok: true, id: created.id, revision: created.revision, touched: { id: created.id, slugs }, waitingFor };
    }),
  );
}

/**
 * Saves an edit made on the form opened at `revision`. The first statement
 * checks the revision and bumps it (`where id = ? and revision = ?`): of two
 * editors who opened the same revision, the second is told the event changed
 * instead of silently undoing the first. It also locks the row, as
 * registrations lock it, so the count of those registered cannot change
 * between the check and the write; a refusal after it rolls the bump back.
 * A larger capacity lets the first on the waiting list in, with their mail.
 */
export async function updateEvent(caller: CurrentUser | null, id: string, revision: number | null, input: EventInput): Promise<SaveEventResult> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  if (revision === null) return { ok: false, reason: "stale" };
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveEventResult> => {
      const [claimed] = await tx
        .update(events)
        .set({ revision: sql`${events.revision} + 1` })
        .where(and(eq(events.id, id), eq(events.revision, revision)))
        .returning({ revision: events.revision });
      if (!claimed) {
        const [exists] = await tx.select({ id: events.id }).from(events).where(eq(events.id, id));
        return { ok: false, reason: exists ? "stale" : "notFound" };
      }
      // One of the event's organisers must be the editor's, before and after, and so must any organiser they take away.
      const mine = await organisationsOf(caller, tx);
      if (!mayChangeOrganisers(mine, await organisersOf(tx, id), input.organisers)) throw new RefusedSave({ ok: false, reason: "otherOrganisation" });
      const before = await eventBefore(tx, id);
      // What the organisers approved before this edit (server/joint/settle.ts).
      const [{ status: statusBefore }] = await tx.select({ status: events.status }).from(events).where(eq(events.id, id));
      const hashBefore = await textHashOf(tx, "event", id);
      const [{ registered }] = await tx
        .select({ registered: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, "registered")));
      if (input.capacity === null && registered > 0) throw new RefusedSave({ ok: false, reason: "registrationsExist", registered });
      if (input.capacity !== null && input.capacity < registered) throw new RefusedSave({ ok: false, reason: "capacityBelowRegistered", registered });
      const taken = await takenSlugLocales(tx, eventSlugColumns, input.versions, id);
      if (taken.length) throw new RefusedSave({ ok: false, reason: "slugTaken", locales: taken });
      await tx
        .update(events)
        .set({ ...eventRow(input), updatedBy: caller.id, updatedAt: new Date() })
        .where(eq(events.id, id));
      await saveOrganisers(tx, id, input.organisers);
      const slugs = await saveVersions(tx, id, input.versions);
      await recordAudit(tx, { actorId: caller.id, action: "event.update", targetType: "event", targetId: id, details: auditDetails(input) });
      if (input.capacity !== null) await promoteWaitlisted(tx, id, input.capacity, caller.id);
      await noticeChange(tx, id, before, input);
      const joint = { caller, mine, wantsPublished: input.status === "published", hashBefore, wasPublished: statusBefore === "published" };
      const { waitingFor } = await settleJointSave(tx, "event", id, joint);
      return { ok: true, id, revision: claimed.revision, touched: { id, slugs }, waitingFor };
    }),
  );
}

/**
 * Deletes an event no one registered for. One with registrations (or a
 * waiting list) is refused: it is cancelled instead (cancel-event.ts), so that
 * those registered are told and its page says so.
 */
export async function deleteEvent(caller: CurrentUser | null, id: string): Promise<{ ok: true; touched: TouchedEvent } | { ok: false; reason: "forbidden" | "otherOrganisation" | "notFound" | "hasRegistrations" }> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().transaction(async (tx) => {
    const versions = await tx.select({ locale: eventTranslations.locale, slug: eventTranslations.slug, title: eventTranslations.title }).from(eventTranslations).where(eq(eventTranslations.eventId, id));
    // Locked, as registrations lock it: none can arrive between the count and the delete.
    const [locked] = await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for("update");
    if (!locked) return { ok: false, reason: "notFound" } as const;
    if (!(await mayActOnEvent(caller, tx, id))) return { ok: false, reason: "otherOrganisation" } as const;
    const [{ registrations }] = await tx.select({ registrations: sql<number>`count(*)::int` }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    if (registrations > 0) return { ok: false, reason: "hasRegistrations" } as const;
    const deleted = await tx.delete(events).where(eq(events.id, id)).returning({ id: events.id });
    if (!deleted.length) return { ok: false, reason: "notFound" } as const;
    const details = { registrations, versions: Object.fromEntries(versions.map((v) => [v.locale, { slug: v.slug, title: v.title }])) };
    await recordAudit(tx, { actorId: caller.id, action: "event.delete", targetType: "event", targetId: id, details });
    return { ok: true, touched: { id, slugs: versions.map((v) => v.slug) } } as const;
  });
}

/** Whether the caller speaks for at least one of the event's organisers (cancelling, deleting). */
export async function mayActOnEvent(caller: CurrentUser, tx: Tx, id: string): Promise<boolean> {
  const mine = await organisationsOf(caller, tx);
  return (await organisersOf(tx, id)).some((organisation) => mine.includes(organisation));
}
