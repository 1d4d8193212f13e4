import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { eventRegistrations, events, mailOutbox } from "@/db/schema";
import { registrationFor } from "../support/reader";
import { registerForEvent } from "@/server/agenda/registrations";
import { queueDueReminders } from "@/server/agenda/reminders";
import { describeWithdrawal, withdrawByLink } from "@/server/agenda/withdrawal";
import type { CurrentUser } from "@/server/users";
import { makeEvent } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { createUser } from "../support/users";

const HOUR = 3_600_000;

describeOnDatabases("event reminders and the one-click withdrawal", (database) => {
  let editor: CurrentUser;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
  });
  const mailsOf = (email: string, kind: string) => database().db.select().from(mailOutbox).where(and(eq(mailOutbox.to, email), eq(mailOutbox.kind, kind)));

  it("reminds, once, those who registered before the 48 hours; its link frees the place for the next in line, without signing in", async () => {
    const now = new Date();
    const eventId = await makeEvent(editor, { capacity: 2, days: 1 });
    const early = await createUser(database(), { preferredLocale: "az", name: "Aysel" });
    const late = await createUser(database());
    const waiting = await createUser(database(), { preferredLocale: "fr", name: "Hugo" });
    for (const member of [early, late, waiting]) await registerForEvent(member, eventId);
    // Aysel registered a week ago; the others within the last 48 hours.
    await database().db.update(eventRegistrations).set({ createdAt: new Date(now.getTime() - 7 * 24 * HOUR) }).where(eq(eventRegistrations.userId, early.id));
    const elsewhere = await makeEvent(editor, { capacity: 5, days: 5 });
    await registerForEvent(early, elsewhere);

    // Two instances' runs at once: one reminder between them, and none on the next run.
    const runs = await Promise.all([queueDueReminders(now), queueDueReminders(now)]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await queueDueReminders(now)).toBe(0);
    expect(await mailsOf(late.email, "event.reminder")).toHaveLength(0);
    expect(await mailsOf(waiting.email, "event.reminder")).toHaveLength(0);
    const [reminder] = await mailsOf(early.email, "event.reminder");
    expect(reminder.subject).toMatch(/^Xatırlatma: Muğam axşamı/);
    expect(reminder.eventId).toBe(eventId);
    const token = /\/az\/tedbirler\/imtina\/([\w.-]+)/.exec(reminder.body)![1];

    expect(await describeWithdrawal(token, "az")).toMatchObject({ state: "valid", title: expect.stringMatching(/^Muğam axşamı/) });
    // A forged or altered link frees nothing.
    expect(await withdrawByLink(token.replace(/^\d+/, (id) => String(Number(id) + 1)))).toEqual({ ok: false, reason: "invalid" });
    expect(await withdrawByLink(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toEqual({ ok: false, reason: "invalid" });
    // Two clicks at once: the place is freed once, one person moves up.
    const clicks = await Promise.all([withdrawByLink(token), withdrawByLink(token)]);
    expect(clicks.filter((click) => click.ok)).toEqual([{ ok: true, eventId, promoted: 1 }]);
    expect(clicks.find((click) => !click.ok)).toEqual({ ok: false, reason: "done" });
    expect(await registrationFor(early, eventId)).toBeNull();
    expect(await registrationFor(waiting, eventId)).toEqual({ status: "registered" });
    expect(await mailsOf(waiting.email, "event.promoted")).toHaveLength(1);
    expect(await describeWithdrawal(token, "az")).toEqual({ state: "done" });
    // The other event is still five days away: no reminder yet, and the place there is kept.
    expect(await registrationFor(early, elsewhere)).toEqual({ status: "registered" });
  });

  it("a cancelled event, or one without reminders, reminds no one", async () => {
    const quiet = await makeEvent(editor, { capacity: 2, days: 1 });
    const member = await createUser(database());
    await registerForEvent(member, quiet);
    const old = new Date(Date.now() - 7 * 24 * 3_600_000);
    await database().db.update(eventRegistrations).set({ createdAt: old }).where(eq(eventRegistrations.userId, member.id));
    await database().db.update(events).set({ reminderHours: null }).where(eq(events.id, quiet));
    expect(await queueDueReminders()).toBe(0);
    await database().db.update(events).set({ reminderHours: 48, cancelledAt: new Date() }).where(eq(events.id, quiet));
    expect(await queueDueReminders()).toBe(0);
    expect(await mailsOf(member.email, "event.reminder")).toHaveLength(0);
  });
});
