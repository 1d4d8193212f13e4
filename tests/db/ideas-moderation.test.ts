import { and, desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, ideas, mailOutbox } from "@/db/schema";
import { moderateIdea, moderateIdeas } from "@/server/ideas/moderation";
import { getIdeaForViewer, listPublicIdeas } from "@/server/ideas/public";
import { countModerationQueue, listModerationQueue } from "@/server/ideas/queue";
import { reportIdea } from "@/server/ideas/report";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createReporter } from "../support/reporters";
import { createUser } from "../support/users";

describeOnDatabases("moderating ideas", (database) => {
  const db = () => database().db;
  const auditOf = (id: number) => db().select().from(auditLog).where(and(eq(auditLog.targetType, "idea"), eq(auditLog.targetId, String(id))));
  const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt));

  it("a member, even replaying an editor's request, gets nothing done", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const idea = await createIdea(database(), author.id);
    expect(await moderateIdea(member, { id: idea.id, version: 1, decision: "approve" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await moderateIdea(null, { id: idea.id, version: 1, decision: "approve" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await moderateIdeas(member, [{ id: idea.id, version: 1 }], { decision: "approve" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await listModerationQueue(member, "pending")).toBeNull();
    expect(await countModerationQueue(member)).toBeNull();
    const [row] = await db().select().from(ideas).where(eq(ideas.id, idea.id));
    expect(row.status).toBe("pending");
  });

  it("approving publishes, mails the author in their language and writes the audit log, all at once", async () => {
    const author = await createUser(database(), { preferredLocale: "az" });
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id, { title: "Muğam gecəsi" });
    expect((await listModerationQueue(editor, "pending"))?.ideas.map((i) => i.id)).toContain(idea.id);

    expect(await moderateIdea(editor, { id: idea.id, version: 1, decision: "approve" })).toEqual({ ok: true, action: "approve" });
    expect(await getIdeaForViewer(null, idea.id)).toMatchObject({ status: "published" });
    expect((await listPublicIdeas({ sort: "newest" })).ideas[0].id).toBe(idea.id);
    const [mail] = await mailsTo(author.email);
    expect(mail.subject).toBe("«Muğam gecəsi» ideyanız dərc olundu");
    expect(await auditOf(idea.id)).toMatchObject([{ actorId: editor.id, action: "idea.approve", details: { from: "pending", to: "published" } }]);
    expect((await listModerationQueue(editor, "pending"))?.ideas.map((i) => i.id)).not.toContain(idea.id);
  });

  it("a rejection's reason goes to the author only; a retained idea shows its public answer", async () => {
    const author = await createUser(database());
    const other = await createUser(database());
    const editor = await createUser(database(), { role: "admin" });
    const rejected = await createIdea(database(), author.id);
    const retained = await createIdea(database(), author.id);
    await moderateIdea(editor, { id: rejected.id, version: 1, decision: "reject", reason: "Hors sujet pour le centenaire." });
    await moderateIdea(editor, { id: retained.id, version: 1, decision: "retain", answer: "Au programme du 28 mai.", organisation: "ulduz" });

    expect(await getIdeaForViewer(author, rejected.id)).toMatchObject({ status: "rejected", rejectionReason: "Hors sujet pour le centenaire." });
    expect(await getIdeaForViewer(other, rejected.id)).toBeUndefined();
    expect(await getIdeaForViewer(null, retained.id)).toMatchObject({ status: "retained", publicAnswer: "Au programme du 28 mai.", rejectionReason: null });
    const mails = await mailsTo(author.email);
    expect(mails.map((m) => m.subject).sort()).toEqual([`Votre idée « ${rejected.title} » n'a pas été publiée`, `Votre idée « ${retained.title} » est retenue pour le centenaire`].sort());
    expect(mails.find((m) => m.subject.includes(rejected.title))?.body).toContain("Hors sujet pour le centenaire.");
  });

  it("two editors deciding at the same moment: one wins, the others are told, nothing is overwritten", async () => {
    const author = await createUser(database());
    const editors = await Promise.all(Array.from({ length: 4 }, (_, i) => createUser(database(), { role: i % 2 ? "editor" : "admin" })));
    const idea = await createIdea(database(), author.id);
    const decisions = [
      { decision: "approve" as const },
      { decision: "reject" as const, reason: "Déjà proposé par un autre membre." },
      { decision: "retain" as const, answer: "Retenue pour le 28 mai.", organisation: "cultural_centre" as const },
      { decision: "reject" as const, reason: "Hors sujet." },
    ];
    const results = await Promise.all(editors.map((editor, i) => moderateIdea(editor, { id: idea.id, version: 1, ...decisions[i] })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(3);

    const [row] = await db().select().from(ideas).where(eq(ideas.id, idea.id));
    const winner = results.findIndex((r) => r.ok);
    expect(row.moderatedBy).toBe(editors[winner].id);
    expect(row.version).toBe(2);
    expect(await auditOf(idea.id)).toHaveLength(1);
    expect(await mailsTo(author.email)).toHaveLength(1);
    // A late decision on the old version changes nothing either.
    expect(await moderateIdea(editors[0], { id: idea.id, version: 1, decision: "reject", reason: "Trop tard." })).toEqual({ ok: false, reason: "conflict" });
  });

  it("an idea the author changed after the editor opened it is not approved blindly", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id);
    await db().update(ideas).set({ description: "Texte changé après coup par l'auteur.", version: 2 }).where(eq(ideas.id, idea.id));
    expect(await moderateIdea(editor, { id: idea.id, version: 1, decision: "approve" })).toEqual({ ok: false, reason: "conflict" });
  });

  it("bulk decisions apply to each idea, skip those already moderated, and audit each one", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const [a, b, c] = [await createIdea(database(), author.id), await createIdea(database(), author.id), await createIdea(database(), author.id)];
    await moderateIdea(editor, { id: b.id, version: 1, decision: "approve" });
    const result = await moderateIdeas(editor, [a, b, c].map((i) => ({ id: i.id, version: 1 })), { decision: "reject", reason: "Hors du champ du centenaire." });
    expect(result).toEqual({ ok: true, done: 2, skipped: 1 });
    const rows = await db().select({ id: ideas.id, status: ideas.status }).from(ideas).where(eq(ideas.authorId, author.id));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [a.id]: "rejected", [b.id]: "published", [c.id]: "rejected" });
    expect(await auditOf(a.id)).toMatchObject([{ action: "idea.reject", details: { bulk: true } }]);
  });

  it("a reported idea waits in the queue; restoring it puts it back as it was, without a status mail", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id, { status: "retained", publicAnswer: "Au programme." });
    for (let i = 0; i < 3; i++) await reportIdea(await createReporter(database()), idea.id, "offensive");

    const queue = await listModerationQueue(editor, "reported");
    const queued = queue?.ideas.find((i) => i.id === idea.id);
    expect(queued).toMatchObject({ version: 2, reports: [{ reason: "offensive", n: 3 }] });
    expect(await countModerationQueue(editor)).toMatchObject({ reported: 1 });

    expect(await moderateIdea(editor, { id: idea.id, version: 2, decision: "approve" })).toEqual({ ok: true, action: "restore" });
    expect(await getIdeaForViewer(null, idea.id)).toMatchObject({ status: "retained", publicAnswer: "Au programme." });
    expect(await mailsTo(author.email)).toHaveLength(0);
    // Hidden by the reports (no actor), then restored by the editor.
    expect((await auditOf(idea.id)).map((entry) => entry.action).sort()).toEqual(["idea.hide", "idea.restore"]);
    expect(await countModerationQueue(editor)).toMatchObject({ reported: 0 });
  });
});
