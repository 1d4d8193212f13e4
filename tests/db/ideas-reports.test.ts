import { and, count, eq, isNotNull } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, ideaReports, ideas, mailOutbox, type IdeaReportReason } from "@/db/schema";
import { moderateIdea } from "@/server/ideas/moderation";
import { listPublicIdeas } from "@/server/ideas/public";
import { countModerationQueue, listModerationQueue } from "@/server/ideas/queue";
import { REPORTS_TO_HIDE, reportIdea } from "@/server/ideas/report";
import { reportRefusalFor } from "../support/reader";
import { REJECTED_REPORTS_LIMIT } from "@/server/ideas/report-policy";
import type { CurrentUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createReporter } from "../support/reporters";
import { createUser } from "../support/users";

const reasons: IdeaReportReason[] = ["spam", "offensive", "off_topic"];

describeOnDatabases("reports cannot be weaponised", (database) => {
  const db = () => database().db;

  /** Every id of the public gallery, page after page, as the gallery's page reads it. */
  async function gallery(): Promise<number[]> {
    const ids: number[] = [];
    let after;
    do {
      const page = await listPublicIdeas({ sort: "newest", after });
      ids.push(...page.ideas.map((idea) => idea.id));
      after = page.next;
    } while (after);
    return ids;
  }
  const reportRows = async (where: ReturnType<typeof eq>) => (await db().select({ n: count() }).from(ideaReports).where(where))[0].n;
  const ideaRow = async (id: number) => (await db().select().from(ideas).where(eq(ideas.id, id)))[0];
  const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email));

  it("three throwaway accounts reporting every published idea at once leave the gallery as it was", async () => {
    const author = await createUser(database());
    for (let i = 0; i < 9; i++) await createIdea(database(), author.id, { status: i % 3 === 0 ? "retained" : "published" });
    const before = await gallery();
    expect(before.length).toBeGreaterThanOrEqual(9);

    // Fresh sign-ups: unconfirmed and minutes old; and accounts whose throwaway mailbox confirmed them, still minutes old.
    const unconfirmed = await Promise.all([0, 1, 2].map(() => createUser(database(), { verified: false })));
    const confirmedToday = await Promise.all([0, 1, 2].map(() => createReporter(database(), { ageDays: 0 })));
    const attempts = [...unconfirmed, ...confirmedToday].flatMap((attacker) => before.map((id, i) => ({ attacker, id, reason: reasons[i % 3] })));
    const results = await Promise.all(attempts.map(({ attacker, id, reason }) => reportIdea(attacker, id, reason)));

    expect(results.filter((result) => result.ok)).toEqual([]);
    expect(new Set(results.slice(0, 3 * before.length).map((r) => !r.ok && r.reason))).toEqual(new Set(["unverified"]));
    expect(new Set(results.slice(3 * before.length).map((r) => !r.ok && r.reason))).toEqual(new Set(["tooNew"]));
    expect(await gallery()).toEqual(before);
    for (const attacker of [...unconfirmed, ...confirmedToday]) expect(await reportRows(eq(ideaReports.reporterId, attacker.id))).toBe(0);
    // The idea's page tells them why, where the form would be.
    expect(await reportRefusalFor(unconfirmed[0], before[0])).toBe("unverified");
    expect(await reportRefusalFor(confirmedToday[0], before[0])).toBe("tooNew");
  });

  it("confirmed day-old members hide an idea and the editors hear at once; restored, it is immune; rejected reporters lose the right", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor", preferredLocale: "fr" });
    const admin = await createUser(database(), { role: "admin", preferredLocale: "az" });
    const reporters = await Promise.all([0, 1, 2].map(() => createReporter(database())));

    // Three rounds: reports hide an idea, an editor restores it and rejects the reports.
    for (let round = 1; round <= REJECTED_REPORTS_LIMIT; round++) {
      const idea = await createIdea(database(), author.id, { status: "published", title: `Muğam gecəsi ${round} ${author.id.slice(0, 6)}` });
      const results = await Promise.all(reporters.map((reporter, i) => reportIdea(reporter, idea.id, reasons[i])));
      expect(results.every((result) => result.ok)).toBe(true);
      expect(results.filter((result) => result.ok && result.hidden)).toHaveLength(1);
      expect(await gallery()).not.toContain(idea.id);
      expect(await ideaRow(idea.id)).toMatchObject({ reportCount: REPORTS_TO_HIDE, version: 2 });

      // The editors are told at once, each in their language; the queue shows the badge and the count.
      const [toEditor] = (await mailsTo(editor.email)).filter((mail) => mail.body.includes(idea.title));
      expect(toEditor.subject).toBe(`Idée masquée après signalements : « ${idea.title} »`);
      expect(toEditor.body).toContain("après 3 signalements de membres confirmés");
      expect(toEditor.body).toMatch(/\/fr\/admin\/idees#reported/);
      const [toAdmin] = (await mailsTo(admin.email)).filter((mail) => mail.body.includes(idea.title));
      expect(toAdmin.subject).toBe(`Şikayətlərdən sonra gizlədilən ideya: «${idea.title}»`);
      expect((await countModerationQueue(editor))?.reported).toBeGreaterThanOrEqual(1);
      const queued = (await listModerationQueue(editor, "reported"))?.ideas.find((item) => item.id === idea.id);
      expect(queued).toMatchObject({ reportCount: REPORTS_TO_HIDE, version: 2 });

      expect(await moderateIdea(editor, { id: idea.id, version: 2, decision: "approve" })).toEqual({ ok: true, action: "restore" });
      expect(await gallery()).toContain(idea.id);
      const restored = await ideaRow(idea.id);
      expect(restored.reportsLockedAt).not.toBeNull();
      expect(restored.hiddenAt).toBeNull();
      const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetType, "idea"), eq(auditLog.targetId, String(idea.id))));
      expect(audit.find((entry) => entry.action === "idea.hide")).toMatchObject({ actorId: null, details: { reports: 3 } });
      expect(audit.find((entry) => entry.action === "idea.restore")).toMatchObject({ actorId: editor.id, details: { rejectedReports: 3, reportsLocked: true } });

      // Immune: more reports, even a burst of members in good standing, change nothing.
      const others = await Promise.all([0, 1, 2, 3].map(() => createReporter(database())));
      const later = await Promise.all(others.map((member) => reportIdea(member, idea.id, "spam")));
      expect(later).toEqual(others.map(() => ({ ok: false, reason: "reportsLocked" })));
      expect(await reportRefusalFor(others[0], idea.id)).toBe("reportsLocked");
      expect(await ideaRow(idea.id)).toMatchObject({ hiddenAt: null, version: restored.version });
      expect(await reportRows(eq(ideaReports.ideaId, idea.id))).toBe(3);
      expect(await reportRows(and(eq(ideaReports.ideaId, idea.id), isNotNull(ideaReports.rejectedAt))!)).toBe(3);
    }

    // Three of their reports rejected: they may not report any more, and say so on the page.
    const next = await createIdea(database(), author.id, { status: "published" });
    for (const reporter of reporters) {
      expect(await reportIdea(reporter, next.id, "spam")).toEqual({ ok: false, reason: "reportingRevoked" });
      expect(await reportRefusalFor(reporter, next.id)).toBe("reportingRevoked");
    }
    expect(await reportRows(eq(ideaReports.ideaId, next.id))).toBe(0);
  });

  it("only reporters in good standing count towards hiding", async () => {
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const [revoked, ...good] = await Promise.all([0, 1, 2].map(() => createReporter(database())));
    // The first reports while in good standing, then loses it (editors rejected three of their reports elsewhere).
    expect(await reportIdea(revoked, idea.id, "spam")).toEqual({ ok: true, hidden: false });
    for (let i = 0; i < REJECTED_REPORTS_LIMIT; i++) {
      const elsewhere = await createIdea(database(), author.id, { status: "published" });
      await db().insert(ideaReports).values({ ideaId: elsewhere.id, reporterId: revoked.id, reason: "spam", rejectedAt: new Date() });
    }
    expect(await reportIdea(good[0], idea.id, "spam")).toEqual({ ok: true, hidden: false });
    expect(await reportIdea(good[1], idea.id, "spam")).toEqual({ ok: true, hidden: false });
    expect(await ideaRow(idea.id)).toMatchObject({ reportCount: 2, hiddenAt: null });
    expect(await gallery()).toContain(idea.id);
  });

  it("a member reports at most 5 ideas a day: the sixth is refused, and a burst of 20 records 5", async () => {
    const author = await createUser(database());
    const steady = await createReporter(database());
    const targets = await Promise.all(Array.from({ length: 7 }, () => createIdea(database(), author.id, { status: "published" })));
    for (const idea of targets.slice(0, 5)) expect(await reportIdea(steady, idea.id, "off_topic")).toEqual({ ok: true, hidden: false });
    expect(await reportIdea(steady, targets[5].id, "off_topic")).toEqual({ ok: false, reason: "reportLimit" });
    expect(await reportRefusalFor(steady, targets[6].id)).toBe("reportLimit");
    expect(await reportRows(eq(ideaReports.reporterId, steady.id))).toBe(5);

    const burst: CurrentUser = await createReporter(database());
    const many = await Promise.all(Array.from({ length: 20 }, () => createIdea(database(), author.id, { status: "published" })));
    const results = await Promise.all(many.map((idea) => reportIdea(burst, idea.id, "spam")));
    expect(results.filter((result) => result.ok).length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => !result.ok && result.reason !== "reportLimit")).toEqual([]);
    expect(await reportRows(eq(ideaReports.reporterId, burst.id))).toBeLessThanOrEqual(5);
  });
});
