import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { articleApprovals, articles, auditLog, eventApprovals, events } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createEvent, updateEvent } from "@/server/agenda/mutations";
import { approveJointItem } from "@/server/joint/approve";
import { jointStateFor } from "@/server/joint/state";
import { latestArticlesIn } from "@/server/news/feeds";
import { createArticle, updateArticle } from "@/server/news/mutations";
import { listPublicArticles } from "@/server/news/public-list";
import { eventInput } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { articleInput } from "../support/news";
import { createUser } from "../support/users";

describeOnDatabases("joint statements: live once each signer approved its text", (database) => {
  const db = () => database().db;
  const people = async () => ({
    embassyEditor: await createUser(database(), { role: "editor", organisations: ["embassy"] }),
    ulduzEditor: await createUser(database(), { role: "editor", organisations: ["ulduz"] }),
    centreEditor: await createUser(database(), { role: "editor", organisations: ["cultural_centre"] }),
    admin: await createUser(database(), { role: "admin" }),
  });
  const article = async (id: string) => (await db().select().from(articles).where(eq(articles.id, id)))[0];
  const audits = (action: string, id: string) => db().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, id)));
  const hashOf = async (caller: Parameters<typeof jointStateFor>[0], kind: "article" | "event", id: string) => (await jointStateFor(caller, kind, id))!.textHash;

  it("asked to publish by the embassy, it waits for Ulduz; Ulduz's approval publishes it", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    const input = articleInput({ fr: { title: "Déclaration commune sur le centenaire" } }, { organisation: "embassy", cosigners: ["ulduz"], status: "published" });
    const created = await createArticle(embassyEditor, input);
    if (!created.ok) throw new Error(created.reason);
    expect(created.waitingFor).toEqual(["ulduz"]);
    expect(await article(created.id)).toMatchObject({ status: "draft", awaitingApproval: true, publishedAt: null });
    const waiting = await jointStateFor(ulduzEditor, "article", created.id);
    expect(waiting).toMatchObject({ signers: ["embassy", "ulduz"], missing: ["ulduz"], awaiting: true, mayApprove: ["ulduz"] });
    expect(waiting!.approvals.map((a) => a.organisation)).toEqual(["embassy"]);

    const approved = await approveJointItem(ulduzEditor, "article", created.id, waiting!.textHash);
    expect(approved).toMatchObject({ ok: true, published: true });
    const live = await article(created.id);
    expect(live).toMatchObject({ status: "published", awaitingApproval: false });
    expect(live.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await audits("article.approve", created.id)).map((a) => a.details)).toEqual(
      expect.arrayContaining([{ organisations: ["embassy"], published: false }, { organisations: ["ulduz"], published: true }]),
    );
    // Ulduz signs it too: it is in Ulduz's news (its page, the list's filter) and feed, as in the embassy's.
    for (const organisation of ["ulduz", "embassy"] as const) {
      expect((await listPublicArticles({ locale: "fr", organisation, limit: 50 })).articles.map((a) => a.id), organisation).toContain(created.id);
      expect((await latestArticlesIn("fr", 50, organisation)).map((a) => a.id), organisation).toContain(created.id);
    }
    expect((await listPublicArticles({ locale: "fr", organisation: "cultural_centre", limit: 50 })).articles.map((a) => a.id)).not.toContain(created.id);
  });

  it("with three signers one approval does not publish, the second does; two last approvals at once publish once", async () => {
    const { embassyEditor, ulduzEditor, centreEditor, admin } = await people();
    const input = articleInput({ fr: { title: "Appel commun des trois organisations" }, az: { title: "Üç təşkilatın birgə çağırışı" } }, { organisation: "embassy", cosigners: ["ulduz", "cultural_centre"], status: "published" });
    const created = await createArticle(embassyEditor, input);
    if (!created.ok) throw new Error(created.reason);
    const hash = await hashOf(ulduzEditor, "article", created.id);
    expect(await approveJointItem(ulduzEditor, "article", created.id, hash)).toMatchObject({ ok: true, published: false });
    expect(await article(created.id)).toMatchObject({ status: "draft", awaitingApproval: true });

    // The Cultural Centre's editor and an admin approve the last signature at the same moment.
    const both = await Promise.all([approveJointItem(centreEditor, "article", created.id, hash), approveJointItem(admin, "article", created.id, hash)]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect(both.filter((r) => r.ok && r.published)).toHaveLength(1);
    expect(await article(created.id)).toMatchObject({ status: "published", awaitingApproval: false });
    const publishing = (await audits("article.approve", created.id)).filter((a) => (a.details as { published?: boolean }).published);
    expect(publishing).toHaveLength(1);
    expect((await db().select().from(articleApprovals).where(eq(articleApprovals.itemId, created.id))).map((a) => a.organisation).sort()).toEqual(["cultural_centre", "embassy", "ulduz"]);
  });

  it("changing the text after an approval asks for it again; a change of cover does not", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    const input = articleInput({ fr: { title: "Communiqué commun", body: "Première version." } }, { organisation: "embassy", cosigners: ["ulduz"], status: "published" });
    const created = await createArticle(embassyEditor, input);
    if (!created.ok) throw new Error(created.reason);
    await approveJointItem(ulduzEditor, "article", created.id, await hashOf(ulduzEditor, "article", created.id));
    const live = await article(created.id);
    expect(live.status).toBe("published");

    // The embassy rewrites the body: Ulduz approved the old text, so it goes back to waiting for Ulduz, keeping its date.
    const edited = await updateArticle(embassyEditor, created.id, live.revision, articleInput({ fr: { title: "Communiqué commun", body: "Deuxième version." } }, { organisation: "embassy", cosigners: ["ulduz"], status: "published" }));
    expect(edited).toMatchObject({ ok: true, waitingFor: ["ulduz"] });
    expect(await article(created.id)).toMatchObject({ status: "draft", awaitingApproval: true, publishedAt: live.publishedAt });
    // Both approvals were of the old text; the embassy's editor, asking to publish the new one, approves it again.
    expect((await audits("article.approvals_reset", created.id)).map((a) => a.details)).toEqual([{ organisations: ["embassy", "ulduz"] }]);
    expect((await db().select().from(articleApprovals).where(eq(articleApprovals.itemId, created.id))).map((a) => a.organisation)).toEqual(["embassy"]);
    // An approval of the text as it was before is refused as stale.
    const stale = await approveJointItem(ulduzEditor, "article", created.id, (await db().select().from(articleApprovals).where(eq(articleApprovals.itemId, created.id)))[0].textHash.replace(/./, "0"));
    expect(stale).toEqual({ ok: false, reason: "stale" });
    const again = await approveJointItem(ulduzEditor, "article", created.id, await hashOf(ulduzEditor, "article", created.id));
    expect(again).toMatchObject({ ok: true, published: true });
    const republished = await article(created.id);
    expect(republished).toMatchObject({ status: "published", publishedAt: live.publishedAt });

    // A new cover only (the text unchanged): it stays published, approvals kept.
    const covered = await updateArticle(embassyEditor, created.id, republished.revision, { ...articleInput({ fr: { title: "Communiqué commun", body: "Deuxième version." } }, { organisation: "embassy", cosigners: ["ulduz"], status: "published" }), coverImage: "couverture.webp", versions: { fr: { title: "Communiqué commun", slug: "communique-commun", summary: "Résumé · Communiqué commun", body: "Deuxième version.", coverAlt: "Une affiche." } } });
    expect(covered).toMatchObject({ ok: true, waitingFor: [] });
    expect(await article(created.id)).toMatchObject({ status: "published", awaitingApproval: false });
    expect(await audits("article.approvals_reset", created.id)).toHaveLength(1);
  });

  it("an Ulduz editor cannot approve for the embassy: nothing changes, nothing is audited", async () => {
    const { embassyEditor, ulduzEditor, centreEditor } = await people();
    // Written by Ulduz, naming the embassy as a co-signer.
    const created = await createArticle(ulduzEditor, articleInput({ fr: { title: "Invitation commune" } }, { organisation: "ulduz", cosigners: ["embassy"], status: "published" }));
    if (!created.ok) throw new Error(created.reason);
    const hash = await hashOf(ulduzEditor, "article", created.id);
    const before = await article(created.id);
    const auditsBefore = await db().select().from(auditLog).where(eq(auditLog.targetId, created.id));
    // Ulduz already approved; a second approval by Ulduz's editor does not stand for the embassy.
    expect(await approveJointItem(ulduzEditor, "article", created.id, hash)).toMatchObject({ ok: true, published: false });
    // The Cultural Centre does not sign it at all.
    expect(await approveJointItem(centreEditor, "article", created.id, hash)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await article(created.id)).toEqual(before);
    expect(await db().select().from(auditLog).where(eq(auditLog.targetId, created.id))).toEqual(auditsBefore);
    expect((await db().select().from(articleApprovals).where(eq(articleApprovals.itemId, created.id))).map((a) => a.organisation)).toEqual(["ulduz"]);
    // The embassy's own editor may.
    expect(await approveJointItem(embassyEditor, "article", created.id, hash)).toMatchObject({ ok: true, published: true });
  });

  it("an event of two organisers: an edit of its place by one asks the other again", async () => {
    const { ulduzEditor, embassyEditor } = await people();
    const both = await createUser(database(), { role: "editor", organisations: ["embassy", "ulduz"] });
    const input = eventInput({ organisers: ["embassy", "ulduz"], status: "published" });
    const created = await createEvent(both, input);
    if (!created.ok) throw new Error(created.reason);
    // Its author speaks for both: it is live at once, approved by both.
    expect((await db().select().from(events).where(eq(events.id, created.id)))[0].status).toBe("published");
    expect(await db().select().from(eventApprovals).where(eq(eventApprovals.itemId, created.id))).toHaveLength(2);

    const moved = { ...input, versions: Object.fromEntries(Object.entries(input.versions).map(([l, v]) => [l, { ...v!, place: "Salle des fêtes, Paris 16e" }])) };
    const edited = await updateEvent(ulduzEditor, created.id, created.revision, moved);
    expect(edited).toMatchObject({ ok: true, waitingFor: ["embassy"] });
    expect((await db().select().from(events).where(eq(events.id, created.id)))[0]).toMatchObject({ status: "draft", awaitingApproval: true });
    expect(await approveJointItem(embassyEditor, "event", created.id, await hashOf(embassyEditor, "event", created.id))).toMatchObject({ ok: true, published: true });
    expect((await db().select().from(events).where(eq(events.id, created.id)))[0]).toMatchObject({ status: "published", awaitingApproval: false });
  });

  it("an Ulduz editor invites the embassy to organise: the event waits for the embassy; the invited cannot be dropped by Ulduz, a new signer asks everyone again", async () => {
    const { ulduzEditor, embassyEditor, centreEditor } = await people();
    const input = eventInput({ organisers: ["embassy", "ulduz"], status: "published" });
    // An editor organises in the name of one of their organisations at least.
    expect(await createEvent(ulduzEditor, { ...input, organisers: ["embassy"] })).toEqual({ ok: false, reason: "otherOrganisation" });
    const created = await createEvent(ulduzEditor, input);
    if (!created.ok) throw new Error(created.reason);
    expect(created.waitingFor).toEqual(["embassy"]);
    const row = async () => (await db().select().from(events).where(eq(events.id, created.id)))[0];
    expect(await row()).toMatchObject({ status: "draft", awaitingApproval: true });

    // Ulduz cannot take the embassy's name away, nor hand the event to the embassy alone.
    expect(await updateEvent(ulduzEditor, created.id, created.revision, { ...input, organisers: ["ulduz"] })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await updateEvent(ulduzEditor, created.id, created.revision, { ...input, organisers: ["embassy"] })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await approveJointItem(embassyEditor, "event", created.id, await hashOf(embassyEditor, "event", created.id))).toMatchObject({ ok: true, published: true });
    expect(await row()).toMatchObject({ status: "published", awaitingApproval: false });

    // Inviting the Cultural Centre, text unchanged, is a new signature: the event waits for the three again.
    const revision = (await row()).revision;
    const invited = await updateEvent(ulduzEditor, created.id, revision, { ...input, organisers: ["embassy", "ulduz", "cultural_centre"] });
    expect(invited).toMatchObject({ ok: true, waitingFor: ["embassy", "cultural_centre"] });
    expect(await row()).toMatchObject({ status: "draft", awaitingApproval: true });
    // The embassy can drop the Centre's invitation? No: it is not theirs to take away.
    const centre = await updateEvent(embassyEditor, created.id, (await row()).revision, { ...input, organisers: ["embassy", "ulduz"] });
    expect(centre).toEqual({ ok: false, reason: "otherOrganisation" });
    for (const editor of [embassyEditor, centreEditor]) await approveJointItem(editor, "event", created.id, await hashOf(editor, "event", created.id));
    expect(await row()).toMatchObject({ status: "published", awaitingApproval: false });
  });

  it("the demo's joint statement is published, signed by the three, each approval given for its text", async () => {
    await seedDatabase(db());
    const admin = await createUser(database(), { role: "admin" });
    const id = "5e1d0a10-3c2b-4f00-9a01-000000000015";
    expect(await article(id)).toMatchObject({ status: "published", awaitingApproval: false });
    const state = await jointStateFor(admin, "article", id);
    expect(state).toMatchObject({ signers: ["embassy", "ulduz", "cultural_centre"], missing: [] });
    expect(state!.approvals.map((a) => a.approverName)).toEqual(["Elçin Səfirlik", "Nigar Ulduz", "Tural Mərkəz"]);
    const stored = await db().select().from(articleApprovals).where(eq(articleApprovals.itemId, id));
    expect(new Set(stored.map((a) => a.textHash))).toEqual(new Set([state!.textHash]));
    // The demo's events of two organisers too: an edit that keeps their text keeps them live.
    const jointEvents = await db().select({ id: eventApprovals.itemId, textHash: eventApprovals.textHash }).from(eventApprovals);
    expect(jointEvents.length).toBeGreaterThan(0);
    for (const approval of jointEvents) expect(approval.textHash).toBe(await hashOf(admin, "event", approval.id));
  });
});
