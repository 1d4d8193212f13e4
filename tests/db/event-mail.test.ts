import ICAL from "ical.js";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eventUid } from "@/server/agenda/ical-feed";
import { cancelEvent } from "@/server/agenda/cancel-event";
import { listEventMail } from "@/server/agenda/event-mail-log";
import { listFeedEvents } from "@/server/agenda/feeds";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { findPublicEvent } from "@/server/agenda/public-event";
import { cancelRegistration, registerForEvent } from "@/server/agenda/registrations";
import { createBoss } from "@/server/jobs/boss";
import { createMailTransport, MAIL_POLLING_SECONDS, workMail } from "@/server/mail-delivery";
import type { CurrentUser } from "@/server/users";
import { eventInput, makeEvent } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { eventually, startSmtpInbox, type Received } from "../support/smtp-inbox";
import { createUser } from "../support/users";

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

/** The VEVENT of a mail's .ics attachment, as a calendar application reads it. */
function attachedEvent(mail: Received) {
  const ics = mail.attachments.find((file) => file.filename?.endsWith(".ics"));
  if (!ics) return undefined;
  const vevent = new ICAL.Component(ICAL.parse(ics.content.toString("utf8"))).getFirstSubcomponent("vevent")!;
  return { uid: vevent.getFirstPropertyValue("uid"), status: vevent.getFirstPropertyValue("status"), sequence: vevent.getFirstPropertyValue("sequence"), summary: vevent.getFirstPropertyValue("summary"), start: new ICAL.Event(vevent).startDate.toJSDate() };
}

describeOnDatabases("event mail, read from a real SMTP server", (database) => {
  let editor: CurrentUser;
  let boss: PgBoss;
  beforeAll(async () => {
    editor = await createUser(database(), { role: "editor" });
    boss = createBoss(database(), { supervise: false });
    await boss.start();
    await workMail(boss, createMailTransport(inbox.url));
  });
  afterAll(() => boss.stop({ graceful: true, timeout: 5_000, close: database().kind !== "pglite", wait: true }));
  const mailTo = (to: string, count: number) => eventually(() => (inbox.received.filter((mail) => mail.envelopeTo.includes(to)).length >= count ? inbox.received.filter((mail) => mail.envelopeTo.includes(to)) : false));

  it("a place comes with the event's .ics (the feed's UID), a place in line with its number, and a freed place with a new .ics", async () => {
    const eventId = await makeEvent(editor, { capacity: 1 });
    const holder = await createUser(database(), { preferredLocale: "fr", name: "Camille" });
    const waiting = await createUser(database(), { preferredLocale: "az", name: "Nigar" });
    await registerForEvent(holder, eventId);
    await registerForEvent(waiting, eventId);

    const [confirmation] = await mailTo(holder.email, 1);
    expect(confirmation.subject).toMatch(/^Inscription confirmée : Concert de mugham/);
    expect(confirmation.text).toContain("Bonjour Camille");
    expect(confirmation.text).toMatch(/heure de Paris ; \d\d:\d\d à Bakou/);
    expect(confirmation.html).toMatch(/<a[^>]+href="http:\/\/localhost:\d+\/fr\/agenda\/concert-[0-9a-f]+"/);
    const event = attachedEvent(confirmation)!;
    expect(event).toMatchObject({ uid: eventUid(eventId), sequence: 0 });
    expect(event.summary).toMatch(/^Concert de mugham/);

    const [inLine] = await mailTo(waiting.email, 1);
    expect(inLine.subject).toMatch(/^Gözləmə siyahısı: Muğam axşamı/);
    expect(inLine.text).toContain("sıranız: 1");
    expect(attachedEvent(inLine)).toBeUndefined();

    await cancelRegistration(holder, eventId);
    const [, promoted] = await mailTo(waiting.email, 2);
    expect(promoted.subject).toMatch(/^Sizə yer ayrıldı: Muğam axşamı/);
    expect(attachedEvent(promoted)).toMatchObject({ uid: eventUid(eventId) });
    expect(attachedEvent(promoted)!.summary).toMatch(/^Muğam axşamı/);
  }, 60_000);

  it("an event with registrations is cancelled, not deleted: its page says why, its feed entry is CANCELLED, everyone is mailed", async () => {
    const eventId = await makeEvent(editor, { capacity: 1 });
    const holder = await createUser(database(), { preferredLocale: "az", name: "Rəşad" });
    const waiting = await createUser(database(), { preferredLocale: "fr", name: "Léa" });
    await registerForEvent(holder, eventId);
    await registerForEvent(waiting, eventId);
    await mailTo(holder.email, 1);

    expect(await deleteEvent(editor, eventId)).toEqual({ ok: false, reason: "hasRegistrations" });
    expect(await cancelEvent(await createUser(database()), eventId, "Salle indisponible")).toEqual({ ok: false, reason: "forbidden" });
    expect(await cancelEvent(editor, eventId, "   ")).toEqual({ ok: false, reason: "reasonMissing" });
    const result = await cancelEvent(editor, eventId, "La salle est fermée pour travaux.");
    expect(result).toMatchObject({ ok: true, mailed: 2 });
    expect(await cancelEvent(editor, eventId, "Encore")).toEqual({ ok: false, reason: "alreadyCancelled" });

    const [, notice] = await mailTo(holder.email, 2);
    expect(notice.subject).toMatch(/^Tədbir ləğv edildi: Muğam axşamı/);
    expect(notice.text).toContain("Səbəb: La salle est fermée pour travaux.");
    expect(attachedEvent(notice)).toMatchObject({ uid: eventUid(eventId), status: "CANCELLED", sequence: 1 });
    const [, waitingNotice] = await mailTo(waiting.email, 2);
    expect(waitingNotice.subject).toMatch(/^Événement annulé : Concert de mugham/);

    const page = await findPublicEvent("fr", (result as { touched: { slugs: string[] } }).touched.slugs.find((slug) => slug.startsWith("concert-"))!);
    expect(page.kind === "event" && page.event).toMatchObject({ cancellationReason: "La salle est fermée pour travaux." });
    const feed = (await listFeedEvents("fr")).find((entry) => entry.id === eventId);
    expect(feed?.cancelledAt).toBeInstanceOf(Date);
    // Editors see who was mailed what; members do not.
    const log = await listEventMail(editor, eventId);
    expect(log!.map((mail) => `${mail.kind} ${mail.to}`).sort()).toEqual([`event.cancelled ${holder.email}`, `event.cancelled ${waiting.email}`, `event.registered ${holder.email}`, `event.waitlisted ${waiting.email}`].sort());
    expect(await listEventMail(holder, eventId)).toBeNull();
    // No one registers for a cancelled event.
    expect(await registerForEvent(await createUser(database()), eventId)).toEqual({ ok: false, reason: "notFound" });

    const empty = await makeEvent(editor);
    expect((await deleteEvent(editor, empty)).ok).toBe(true);
  }, 60_000);

  it("moving an event tells those registered what changed, old and new, with an .ics one SEQUENCE higher; a text edit mails no one", async () => {
    const input = eventInput({ capacity: 5 });
    const created = await createEvent(editor, input);
    if (!created.ok) throw new Error(created.reason);
    const member = await createUser(database(), { preferredLocale: "fr", name: "Inès" });
    await registerForEvent(member, created.id);
    await mailTo(member.email, 1);

    const later = new Date(input.startsAt.getTime() + 86_400_000);
    const moved = { ...input, startsAt: later, endsAt: new Date(later.getTime() + 7_200_000), versions: { ...input.versions, fr: { ...input.versions.fr!, place: "Petit salon" } } };
    const saved = await updateEvent(editor, created.id, created.revision, moved);
    if (!saved.ok) throw new Error(saved.reason);
    const [, notice] = await mailTo(member.email, 2);
    expect(notice.subject).toMatch(/^Changement : Concert de mugham/);
    expect(notice.text).toMatch(/Avant : le .+ à \d\d:\d\d \(heure de Paris ; \d\d:\d\d à Bakou\), Grande salle\./);
    expect(notice.text).toMatch(/Maintenant : le .+ à \d\d:\d\d \(heure de Paris ; \d\d:\d\d à Bakou\), Petit salon\./);
    const calendar = attachedEvent(notice)!;
    expect(calendar).toMatchObject({ uid: eventUid(created.id), sequence: 1 });
    // iCalendar keeps whole seconds.
    expect(calendar.start.getTime()).toBe(Math.floor(later.getTime() / 1000) * 1000);

    expect((await updateEvent(editor, created.id, saved.revision, { ...moved, versions: { ...moved.versions, fr: { ...moved.versions.fr, summary: "Rast, Segah et Chahargah." } } })).ok).toBe(true);
    // Several polls later, still two: a summary's change sends no notice.
    await new Promise((resolve) => setTimeout(resolve, MAIL_POLLING_SECONDS * 4_000));
    expect(inbox.received.filter((mail) => mail.envelopeTo.includes(member.email))).toHaveLength(2);
  }, 60_000);
});
