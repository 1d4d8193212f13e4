import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventRegistrations, events, eventTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { isUuid } from "@/lib/uuid";
import type { EventInput } from "@/lib/validation/event";
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/server/audit";
import { takenSlugLocales } from "@/server/slugs";
import type { CurrentUser } from "@/server/users";
import { canEditAgenda } from "./access";
import { eventSlugColumns, saveVersions, versionEntries } from "./event-versions";
import { promoteWaitlisted } from "./waitlist";

/** What a change touched, for revalidation: the event and every slug it had or has. */
export type TouchedEvent = { id: string; slugs: string[] };
export type SaveEventResult =
  | { ok: true; id: string; touched: TouchedEvent }
  | { ok: false; reason: "forbidden" | "notFound" }
  | { ok: false; reason: "slugTaken"; locales: Locale[] }
  | { ok: false; reason: "capacityBelowRegistered" | "registrationsExist"; registered: number };

function eventRow(input: EventInput) {
  const { category, status, startsAt, endsAt, capacity, registrationClosesAt, coverImage } = input;
  return { category, status, startsAt, endsAt, capacity, registrationClosesAt, coverImage };
}

function auditDetails(input: EventInput) {
  return {
    ...eventRow(input),
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    registrationClosesAt: input.registrationClosesAt?.toISOString() ?? null,
    versions: Object.fromEntries(versionEntries(input.versions).map(([locale, v]) => [locale, { slug: v.slug, title: v.title }])),
  };
}

// Two editors racing for one slug: the unique index decides, and the loser gets a field error.
async function saving(versions: EventInput["versions"], work: () => Promise<SaveEventResult>): Promise<SaveEventResult> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken", locales: Object.keys(versions) as Locale[] };
    throw error;
  }
}

export async function createEvent(caller: CurrentUser | null, input: EventInput): Promise<SaveEventResult> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveEventResult> => {
      const taken = await takenSlugLocales(tx, eventSlugColumns, input.versions, null);
      if (taken.length) return { ok: false, reason: "slugTaken", locales: taken };
      const [created] = await tx
        .insert(events)
        .values({ ...eventRow(input), createdBy: caller.id, updatedBy: caller.id })
        .returning({ id: events.id });
      const slugs = await saveVersions(tx, created.id, input.versions);
      await recordAudit(tx, { actorId: caller.id, action: "event.create", targetType: "event", targetId: created.id, details: auditDetails(input) });
      return { ok: true, id: created.id, touched: { id: created.id, slugs } };
    }),
  );
}

/**
 * Saves an edit. The event's row is locked, as registrations lock it, so the
 * count of those registered cannot change between the check and the write.
 * A larger capacity lets the first on the waiting list in, with their mail.
 */
export async function updateEvent(caller: CurrentUser | null, id: string, input: EventInput): Promise<SaveEventResult> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveEventResult> => {
      const [current] = await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for("update");
      if (!current) return { ok: false, reason: "notFound" };
      const [{ registered }] = await tx
        .select({ registered: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, "registered")));
      if (input.capacity === null && registered > 0) return { ok: false, reason: "registrationsExist", registered };
      if (input.capacity !== null && input.capacity < registered) return { ok: false, reason: "capacityBelowRegistered", registered };
      const taken = await takenSlugLocales(tx, eventSlugColumns, input.versions, id);
      if (taken.length) return { ok: false, reason: "slugTaken", locales: taken };
      await tx
        .update(events)
        .set({ ...eventRow(input), updatedBy: caller.id, updatedAt: new Date(), revision: sql`${events.revision} + 1` })
        .where(eq(events.id, id));
      const slugs = await saveVersions(tx, id, input.versions);
      await recordAudit(tx, { actorId: caller.id, action: "event.update", targetType: "event", targetId: id, details: auditDetails(input) });
      if (input.capacity !== null) await promoteWaitlisted(tx, id, input.capacity, caller.id);
      return { ok: true, id, touched: { id, slugs } };
    }),
  );
}

export async function deleteEvent(caller: CurrentUser | null, id: string): Promise<{ ok: true; touched: TouchedEvent } | { ok: false; reason: "forbidden" | "notFound" }> {
  if (!canEditAgenda(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().transaction(async (tx) => {
    const versions = await tx.select({ locale: eventTranslations.locale, slug: eventTranslations.slug, title: eventTranslations.title }).from(eventTranslations).where(eq(eventTranslations.eventId, id));
    const [{ registrations }] = await tx.select({ registrations: sql<number>`count(*)::int` }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    const deleted = await tx.delete(events).where(eq(events.id, id)).returning({ id: events.id });
    if (!deleted.length) return { ok: false, reason: "notFound" } as const;
    const details = { registrations, versions: Object.fromEntries(versions.map((v) => [v.locale, { slug: v.slug, title: v.title }])) };
    await recordAudit(tx, { actorId: caller.id, action: "event.delete", targetType: "event", targetId: id, details });
    return { ok: true, touched: { id, slugs: versions.map((v) => v.slug) } } as const;
  });
}
