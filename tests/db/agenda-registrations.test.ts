import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, eventRegistrations, mailOutbox, users } from "@/db/schema";
import { registrationFor } from "../support/reader";
import { cancelRegistration, registerForEvent } from "@/server/agenda/registrations";
import { releaseMemberRegistrations } from "@/server/agenda/waitlist";
import type { CurrentUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { makeEvent } from "../support/agenda";
import { createUser } from "../support/users";

describeOnDatabases("agenda registrations", (database) => {
  let editor: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
  });

  it("gives places while the capacity lasts, then places in line; registering twice changes nothing", async () => {
    const db = database().db;
    const eventId = await makeEvent(editor, { capacity: 2 });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createUser(database())));
    expect(await registerForEvent(a, eventId)).toEqual({ ok: true, status: "registered" });
    expect(await registerForEvent(b, eventId)).toEqual({ ok: true, status: "registered" });
    expect(await registerForEvent(c, eventId)).toEqual({ ok: true, status: "waitlisted", place: 1 });
    expect(await registerForEvent(d, eventId)).toEqual({ ok: true, status: "waitlisted", place: 2 });
    expect(await registerForEvent(d, eventId)).toEqual({ ok: true, status: "waitlisted", place: 2 });
    expect(await registerForEvent(a, eventId)).toEqual({ ok: true, status: "registered" });
    const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(count).toBe(4);
    expect(await registrationFor(d, eventId)).toEqual({ status: "waitlisted", place: 2 });
  });

  it("a cancellation moves the first in line up, with a mail in their language, in the same transaction", async () => {
    const db = database().db;
    const eventId = await makeEvent(editor, { capacity: 1 });
    const first = await createUser(database(), { preferredLocale: "fr", name: "Camille" });
    const waiting = await createUser(database(), { preferredLocale: "az", name: "Nigar" });
    const after = await createUser(database());
    await registerForEvent(first, eventId);
    await registerForEvent(waiting, eventId);
    await registerForEvent(after, eventId);

    expect(await cancelRegistration(first, eventId)).toEqual({ ok: true, promoted: 1 });
    expect(await registrationFor(waiting, eventId)).toEqual({ status: "registered" });
    expect(await registrationFor(after, eventId)).toEqual({ status: "waitlisted", place: 1 });
    expect(await registrationFor(first, eventId)).toBeNull();

    // Besides the waiting list's mail when they joined it (tests/db/event-mail.test.ts).
    const mails = await db.select().from(mailOutbox).where(and(eq(mailOutbox.to, waiting.email), eq(mailOutbox.kind, "event.promoted")));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^Sizə yer ayrıldı: Muğam axşamı/);
    expect(mails[0].body).toContain("Salam, Nigar!");
    expect(mails[0].body).toMatch(/\/az\/tedbirler\/mugam-[0-9a-f]+/);
    const promotions = await db.select().from(auditLog).where(and(eq(auditLog.action, "event.promote"), eq(auditLog.targetId, eventId)));
    expect(promotions).toHaveLength(1);
  });

  it("leaving the waiting list frees no place and mails no one but the one who registered", async () => {
    const db = database().db;
    const eventId = await makeEvent(editor, { capacity: 1 });
    const [holder, waiting] = await Promise.all([createUser(database()), createUser(database())]);
    await registerForEvent(holder, eventId);
    await registerForEvent(waiting, eventId);
    expect(await cancelRegistration(waiting, eventId)).toEqual({ ok: true, promoted: 0 });
    expect(await registrationFor(holder, eventId)).toEqual({ status: "registered" });
    expect((await db.select({ kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.to, holder.email))).map((m) => m.kind)).toEqual(["event.registered"]);
    expect(await cancelRegistration(waiting, eventId)).toEqual({ ok: false, reason: "notRegistered" });
  });

  it("two members racing for the last place: exactly one gets it, the other waits, every time", async () => {
    const db = database().db;
    for (let round = 0; round < 5; round++) {
      const eventId = await makeEvent(editor, { capacity: 1 });
      const [left, right] = await Promise.all([createUser(database()), createUser(database())]);
      const results = await Promise.all([registerForEvent(left, eventId), registerForEvent(right, eventId)]);
      const statuses = results.map((r) => (r.ok ? r.status : r.reason)).sort();
      expect(statuses).toEqual(["registered", "waitlisted"]);
      const [{ registered }] = await db
        .select({ registered: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
      expect(registered).toBe(1);
    }
  });

  it("a member double-clicking races with themself and still holds one registration", async () => {
    const db = database().db;
    const eventId = await makeEvent(editor, { capacity: 5 });
    const member = await createUser(database());
    const results = await Promise.all([registerForEvent(member, eventId), registerForEvent(member, eventId), registerForEvent(member, eventId)]);
    expect(results.every((r) => r.ok && r.status === "registered")).toBe(true);
    const rows = await db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(rows).toHaveLength(1);
  });

  it("takes no registration from a visitor, for a past or closed event, without capacity, or for a draft", async () => {
    const member = await createUser(database());
    expect(await registerForEvent(null, await makeEvent(editor))).toEqual({ ok: false, reason: "signIn" });
    expect(await registerForEvent(member, await makeEvent(editor, { days: -2 }))).toEqual({ ok: false, reason: "closed" });
    const closing = new Date(Date.now() - 60_000);
    expect(await registerForEvent(member, await makeEvent(editor, { registrationClosesAt: closing }))).toEqual({ ok: false, reason: "closed" });
    expect(await registerForEvent(member, await makeEvent(editor, { capacity: null }))).toEqual({ ok: false, reason: "noRegistration" });
    expect(await registerForEvent(member, await makeEvent(editor, { status: "draft" }))).toEqual({ ok: false, reason: "notFound" });
    expect(await registerForEvent(member, "not-a-uuid")).toEqual({ ok: false, reason: "notFound" });
  });

  it("no cancelling once the event has started", async () => {
    const eventId = await makeEvent(editor, { days: 1 });
    const member = await createUser(database());
    await registerForEvent(member, eventId);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    expect(await cancelRegistration(member, eventId, tomorrow)).toEqual({ ok: false, reason: "started" });
    expect(await registrationFor(member, eventId)).toEqual({ status: "registered" });
  });

  it("a member who deletes their account gives their places to the first in line", async () => {
    const db = database().db;
    const eventId = await makeEvent(editor, { capacity: 1 });
    const [leaving, waiting] = await Promise.all([createUser(database()), createUser(database())]);
    await registerForEvent(leaving, eventId);
    await registerForEvent(waiting, eventId);
    const promoted = await db.transaction(async (tx) => {
      const count = await releaseMemberRegistrations(tx, leaving.id);
      await tx.delete(users).where(eq(users.id, leaving.id));
      return count;
    });
    expect(promoted).toBe(1);
    expect(await registrationFor(waiting, eventId)).toEqual({ status: "registered" });
    expect(await db.select().from(mailOutbox).where(and(eq(mailOutbox.to, waiting.email), eq(mailOutbox.kind, "event.promoted")))).toHaveLength(1);
  });
});
