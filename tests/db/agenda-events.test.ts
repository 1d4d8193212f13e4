import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, eventRegistrations, events, eventTranslations, mailOutbox } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedEvents } from "@/db/seed/agenda-content";
import { agendaSummary, listRegistrationsForEditor } from "@/server/agenda/editor-queries";
import { registrationFor } from "../support/reader";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { findPublicEvent } from "@/server/agenda/public-event";
import { listMonthEvents, listPastEvents, listUpcomingEvents } from "@/server/agenda/public-events";
import { registerForEvent } from "@/server/agenda/registrations";
import type { CurrentUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { eventInput, makeEvent } from "../support/agenda";
import { createUser } from "../support/users";

describeOnDatabases("agenda editing and lists", (database) => {
  let editor: CurrentUser;
  let member: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
    member = await createUser(database());
  });

  it("only editors and admins create, edit and delete, and see who registered", async () => {
    expect(await createEvent(member, eventInput())).toEqual({ ok: false, reason: "forbidden" });
    expect(await createEvent(null, eventInput())).toEqual({ ok: false, reason: "forbidden" });
    const id = await makeEvent(editor);
    expect(await updateEvent(member, id, 0, eventInput())).toEqual({ ok: false, reason: "forbidden" });
    expect(await deleteEvent(member, id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await listRegistrationsForEditor(member, id)).toBeNull();
    expect(await agendaSummary(member)).toBeNull();
    const admin = await createUser(database(), { role: "admin" });
    expect(await listRegistrationsForEditor(admin, id)).toEqual({ registered: [], waitlisted: [] });
  });

  it("refuses a capacity below the number registered, and lets the waiting list in when it grows", async () => {
    const db = database().db;
    const input = eventInput({ capacity: 2 });
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const people = await Promise.all([1, 2, 3, 4].map(() => createUser(database())));
    for (const person of people) await registerForEvent(person, created.id);

    expect(await updateEvent(editor, created.id, created.revision, { ...input, capacity: 1 })).toEqual({ ok: false, reason: "capacityBelowRegistered", registered: 2 });
    expect(await updateEvent(editor, created.id, created.revision, { ...input, capacity: null })).toEqual({ ok: false, reason: "registrationsExist", registered: 2 });
    expect((await updateEvent(editor, created.id, created.revision, { ...input, capacity: 3 })).ok).toBe(true);
    expect(await registrationFor(people[2], created.id)).toEqual({ status: "registered" });
    expect(await registrationFor(people[3], created.id)).toEqual({ status: "waitlisted", place: 1 });
    expect((await db.select({ kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.to, people[2].email)).orderBy(mailOutbox.createdAt)).map((mail) => mail.kind)).toEqual(["event.waitlisted", "event.promoted"]);
    const [row] = await db.select({ revision: events.revision }).from(events).where(eq(events.id, created.id));
    expect(row.revision).toBe(1);
  });

  it("audits every change inside its transaction, and a slug names one event", async () => {
    const db = database().db;
    const input = eventInput();
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const clash = await createEvent(editor, eventInput({ versions: { fr: { ...input.versions.az!, title: "Autre" } } }));
    expect(clash).toEqual({ ok: false, reason: "slugTaken", locales: ["fr"] });
    const frOnly = { ...input, versions: { fr: input.versions.fr! } };
    expect((await updateEvent(editor, created.id, created.revision, frOnly)).ok).toBe(true);
    expect(await db.select().from(eventTranslations).where(eq(eventTranslations.eventId, created.id))).toHaveLength(1);
    const deleted = await deleteEvent(editor, created.id);
    expect(deleted).toEqual({ ok: true, touched: { id: created.id, slugs: [input.versions.fr!.slug] } });
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, created.id)).orderBy(auditLog.createdAt);
    expect(actions.map((a) => a.action)).toEqual(["event.create", "event.update", "event.delete"]);
  });

  it("finds an event by either slug, redirects to the reader's own, falls back when a version is missing", async () => {
    const input = eventInput();
    const id = await makeEvent(editor, input);
    const found = await findPublicEvent("az", input.versions.az!.slug);
    expect(found.kind === "event" && found.event).toMatchObject({ id, textLocale: "az", title: input.versions.az!.title });
    expect(await findPublicEvent("az", input.versions.fr!.slug)).toEqual({ kind: "redirect", slug: input.versions.az!.slug });
    const frOnly = eventInput({ versions: { fr: eventInput().versions.fr! } });
    await makeEvent(editor, frOnly);
    const fallback = await findPublicEvent("az", frOnly.versions.fr!.slug);
    expect(fallback.kind === "event" && fallback.event.textLocale).toBe("fr");
    expect(await findPublicEvent("fr", eventInput().versions.fr!.slug)).toEqual({ kind: "missing" });
    const draft = eventInput({ status: "draft" });
    await makeEvent(editor, draft);
    expect(await findPublicEvent("fr", draft.versions.fr!.slug)).toEqual({ kind: "missing" });
  });

  it("lists upcoming soonest first and past newest first, page by page without OFFSET, by category", async () => {
    const db = database().db;
    // A clean slate for this test: earlier tests left events of their own.
    await db.delete(events).where(sql`true`);
    for (const days of [3, 1, 2, 5, 4]) await makeEvent(editor, { days, category: days % 2 ? "concert" : "film" });
    for (const days of [-3, -1, -2]) await makeEvent(editor, { days });
    await makeEvent(editor, { days: 1.5, status: "draft" });

    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listUpcomingEvents>> = await listUpcomingEvents({ locale: "fr", after, limit: 2 });
      seen.push(...page.events.map((e) => e.startsAt.getTime()));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const past = await listPastEvents({ locale: "fr", limit: 10 });
    expect(past.events).toHaveLength(3);
    expect(past.events.map((e) => e.startsAt.getTime())).toEqual(past.events.map((e) => e.startsAt.getTime()).sort((a, b) => b - a));

    const films = await listUpcomingEvents({ locale: "az", category: "film" });
    expect(films.events.map((e) => e.category)).toEqual(["film", "film"]);
    expect(films.events[0].textLocale).toBe("az");
  });

  it("the index on (start, id) serves both orders, with no sort step", async () => {
    // A few rows make any plan cheap: discouraging scans and sorts shows what the planner does on a large
    // table. A sort still appears (at a high cost) when no index gives the order.
    const plan = (query: ReturnType<typeof sql>) =>
      database().db.transaction(async (tx) => {
        for (const setting of ["enable_seqscan", "enable_bitmapscan", "enable_sort"]) await tx.execute(sql.raw(`set local ${setting} = off`));
        return JSON.stringify(await tx.execute(sql`explain ${query}`));
      });
    const upcoming = await plan(sql`select id from events where status = 'published' and starts_at >= now() and (starts_at, id) > (now(), gen_random_uuid()) order by starts_at, id limit 11`);
    expect(upcoming).toContain("events_starts_at_idx");
    expect(upcoming).not.toMatch(/Sort/);
    const past = await plan(sql`select id from events where status = 'published' and starts_at < now() and ends_at <= now() order by starts_at desc, id desc limit 11`);
    expect(past).toMatch(/Index Scan Backward using events_starts_at_idx/);
    const byCategory = await plan(sql`select id from events where category = 'film' and starts_at >= now() order by starts_at, id limit 11`);
    expect(byCategory).toContain("events_category_starts_at_idx");
    expect(byCategory).not.toMatch(/Sort/);
  });

  it("shows an event in the month it takes place, Paris months", async () => {
    const id = await makeEvent(editor, { days: 40 });
    const [{ startsAt }] = await database().db.select({ startsAt: events.startsAt }).from(events).where(eq(events.id, id));
    const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).format(startsAt).split("-").map(Number);
    expect((await listMonthEvents({ locale: "fr", month: { year, month } })).map((e) => e.id)).toContain(id);
    const other = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    expect((await listMonthEvents({ locale: "fr", month: other })).map((e) => e.id)).not.toContain(id);
  });

  it("seeds at least eight events in both languages, one full with a waiting list, one without registration, once", async () => {
    const db = database().db;
    await seedDatabase(db);
    const second = await seedDatabase(db);
    expect(second.events).toBe(0);
    const both = seedEvents.filter((e) => e.fr && e.az);
    expect(both.length).toBeGreaterThanOrEqual(8);
    const full = await db
      .select({ id: events.id, capacity: events.capacity, registered: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'registered')::int`, waitlisted: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waitlisted')::int` })
      .from(events)
      .innerJoin(eventRegistrations, eq(eventRegistrations.eventId, events.id))
      .where(and(eq(events.status, "published"), sql`${events.startsAt} > now()`))
      .groupBy(events.id);
    expect(full.some((e) => e.registered === e.capacity && e.waitlisted > 0)).toBe(true);
    const [{ free }] = await db.select({ free: sql<number>`count(*)::int` }).from(events).where(sql`${events.capacity} is null`);
    expect(free).toBeGreaterThanOrEqual(1);
    const past = await listPastEvents({ locale: "az" });
    expect(past.events.length).toBeGreaterThanOrEqual(3);
  });
});
