import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { articles, auditLog, eventOrganisers, events, ideaComments, ideas, mailOutbox, newsSendings, userOrganisations } from "@/db/schema";
import { cancelEvent } from "@/server/agenda/cancel-event";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { sendContactMessage } from "@/server/contact";
import { hideComment, restoreComment, toggleOfficialAnswer } from "@/server/ideas/comments/moderation";
import { postComment } from "@/server/ideas/comments/write";
import { moderateIdea } from "@/server/ideas/moderation";
import { createArticle, deleteArticle, updateArticle } from "@/server/news/mutations";
import { organisationsOf } from "@/server/organisations/membership";
import { setUserOrganisations } from "@/server/user-admin";
import { eventInput } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { articleInput } from "../support/news";
import { createUser } from "../support/users";

describeOnDatabases("organisations: an editor speaks only for their own", (database) => {
  const db = () => database().db;
  const people = async () => ({
    embassyEditor: await createUser(database(), { role: "editor", organisations: ["embassy"] }),
    ulduzEditor: await createUser(database(), { role: "editor", organisations: ["ulduz"] }),
    admin: await createUser(database(), { role: "admin" }),
  });

  it("an Ulduz editor cannot publish, edit or delete as the embassy; the embassy's editor and an admin can", async () => {
    const { embassyEditor, ulduzEditor, admin } = await people();
    expect(await createArticle(ulduzEditor, articleInput({ fr: { title: "Communiqué de l'ambassade (faux)" } }, { organisation: "embassy" }))).toEqual({ ok: false, reason: "otherOrganisation" });
    const created = await createArticle(embassyEditor, articleInput({ fr: { title: "Communiqué de l'ambassade" } }, { organisation: "embassy" }));
    if (!created.ok) throw new Error(created.reason);

    // Editing it, or moving it to Ulduz, is refused; the row is untouched.
    const edit = articleInput({ fr: { title: "Communiqué réécrit" } }, { organisation: "embassy" });
    expect(await updateArticle(ulduzEditor, created.id, created.revision, edit)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await updateArticle(ulduzEditor, created.id, created.revision, { ...edit, organisation: "ulduz" })).toEqual({ ok: false, reason: "otherOrganisation" });
    // …and the embassy's editor cannot hand it to Ulduz either.
    expect(await updateArticle(embassyEditor, created.id, created.revision, { ...edit, organisation: "ulduz" })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await deleteArticle(ulduzEditor, created.id)).toEqual({ ok: false, reason: "otherOrganisation" });
    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row).toMatchObject({ organisation: "embassy", revision: created.revision });

    const byAdmin = await updateArticle(admin, created.id, created.revision, { ...edit, organisation: "ulduz" });
    expect(byAdmin.ok).toBe(true);
    expect((await deleteArticle(ulduzEditor, created.id)).ok).toBe(true);
  });

  it("sending an article to subscribers: only for an organisation the editor speaks for", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    const sendings = (articleId: string) => db().select().from(newsSendings).where(eq(newsSendings.articleId, articleId));
    // Written as a draft by the embassy, with nothing sent.
    const draft = await createArticle(embassyEditor, articleInput({ fr: { title: "Journée consulaire" } }, { organisation: "embassy", status: "draft" }));
    if (!draft.ok) throw new Error(draft.reason);
    // Ulduz's editor publishing it with "send to subscribers" ticked: refused, and nobody is mailed in the embassy's name.
    const publish = articleInput({ fr: { title: "Journée consulaire" } }, { organisation: "embassy", status: "published" });
    expect(await updateArticle(ulduzEditor, draft.id, draft.revision, publish, { notifySubscribers: true })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await createArticle(ulduzEditor, articleInput({ fr: { title: "Message de l'ambassade (faux)" } }, { organisation: "embassy" }), { notifySubscribers: true })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await sendings(draft.id)).toHaveLength(0);
    // The embassy's editor may: the sending is recorded in their name.
    const published = await updateArticle(embassyEditor, draft.id, draft.revision, publish, { notifySubscribers: true });
    expect(published.ok).toBe(true);
    expect(await sendings(draft.id)).toMatchObject([{ requestedBy: embassyEditor.id }]);
  });

  it("events: one organiser at least is the editor's, another is invited and signs by approving; a shared event's other organiser stays", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    expect(await createEvent(ulduzEditor, eventInput({ organisers: ["embassy"] }))).toEqual({ ok: false, reason: "otherOrganisation" });
    // Ulduz invites the embassy: saved, but not public until the embassy approves (server/joint/).
    const invited = await createEvent(ulduzEditor, eventInput({ organisers: ["ulduz", "embassy"] }));
    expect(invited).toMatchObject({ ok: true, waitingFor: ["embassy"] });
    if (invited.ok) expect((await db().select().from(events).where(eq(events.id, invited.id)))[0]).toMatchObject({ status: "draft", awaitingApproval: true });
    const embassyEvent = await createEvent(embassyEditor, eventInput({ organisers: ["embassy"] }));
    if (!embassyEvent.ok) throw new Error(embassyEvent.reason);
    const input = eventInput({ organisers: ["embassy"] });
    expect(await updateEvent(ulduzEditor, embassyEvent.id, embassyEvent.revision, input)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await updateEvent(ulduzEditor, embassyEvent.id, embassyEvent.revision, { ...input, organisers: ["ulduz"] })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await cancelEvent(ulduzEditor, embassyEvent.id, "Annulé par erreur.")).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await deleteEvent(ulduzEditor, embassyEvent.id)).toEqual({ ok: false, reason: "otherOrganisation" });
    const [row] = await db().select().from(events).where(eq(events.id, embassyEvent.id));
    expect(row.cancelledAt).toBeNull();
    expect(row.revision).toBe(embassyEvent.revision);

    // Joint: the embassy's editor invites Ulduz: the event waits for Ulduz's approval. Ulduz's editor may edit a joint event, never drop the embassy.
    expect(await updateEvent(embassyEditor, embassyEvent.id, embassyEvent.revision, { ...input, organisers: ["embassy", "ulduz"] })).toMatchObject({ ok: true, waitingFor: ["ulduz"] });
    const joint = await createEvent(await createUser(database(), { role: "editor", organisations: ["embassy", "ulduz"] }), eventInput({ organisers: ["embassy", "ulduz"] }));
    if (!joint.ok) throw new Error(joint.reason);
    const edited = await updateEvent(ulduzEditor, joint.id, joint.revision, eventInput({ organisers: ["embassy", "ulduz"] }));
    expect(edited.ok).toBe(true);
    expect(await updateEvent(ulduzEditor, joint.id, edited.ok ? edited.revision : 0, eventInput({ organisers: ["ulduz"] }))).toEqual({ ok: false, reason: "otherOrganisation" });
    const organisers = await db().select().from(eventOrganisers).where(eq(eventOrganisers.eventId, joint.id));
    expect(organisers.map((o) => o.organisation).sort()).toEqual(["embassy", "ulduz"]);
  });

  it("idea answers: signed by one of the editor's organisations; another organisation's answer is not theirs to change", async () => {
    const { embassyEditor, ulduzEditor } = await people();
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id);
    expect(await moderateIdea(ulduzEditor, { id: idea.id, version: 1, decision: "retain", answer: "Retenue par l'ambassade.", organisation: "embassy" })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await moderateIdea(embassyEditor, { id: idea.id, version: 1, decision: "retain", answer: "Retenue pour le 28 mai.", organisation: "embassy" })).toEqual({ ok: true, action: "retain" });
    const [row] = await db().select().from(ideas).where(eq(ideas.id, idea.id));
    expect(row).toMatchObject({ status: "retained", answeredBy: "embassy", publicAnswer: "Retenue pour le 28 mai." });
    // Hidden by reports later: only the embassy (or an admin) decides on it again.
    await db().update(ideas).set({ hiddenAt: new Date() }).where(eq(ideas.id, idea.id));
    expect(await moderateIdea(ulduzEditor, { id: idea.id, version: row.version, decision: "reject", reason: "Sans objet." })).toEqual({ ok: false, reason: "otherOrganisation" });
    const [after] = await db().select().from(ideas).where(eq(ideas.id, idea.id));
    expect(after).toMatchObject({ status: "retained", answeredBy: "embassy" });
  });

  it("the discussion of an idea the embassy answered: an Ulduz editor replaying hide, restore or the official mark changes nothing", async () => {
    const { embassyEditor, ulduzEditor, admin } = await people();
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "retained", answeredBy: "embassy", publicAnswer: "Retenue pour le 28 mai." });
    const posted = async (caller: Parameters<typeof postComment>[0], body: string) => {
      const result = await postComment(caller, { ideaId: idea.id, body, language: "fr" });
      if (!result.ok) throw new Error(result.reason);
      return result.commentId;
    };
    const answer = await posted(embassyEditor, "La salle est réservée pour le 28 mai.");
    const critique = await posted(author, "Et la date de répétition ?");
    const comment = async (id: number) => (await db().select().from(ideaComments).where(eq(ideaComments.id, id)))[0];
    const audited = async () => (await db().select().from(auditLog).where(eq(auditLog.actorId, ulduzEditor.id))).length;

    expect(await toggleOfficialAnswer(ulduzEditor, answer)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await hideComment(ulduzEditor, critique, "Hors sujet selon Ulduz.")).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await comment(answer)).toMatchObject({ officialAt: null });
    expect(await comment(critique)).toMatchObject({ hiddenAt: null, hiddenReason: null });
    expect(await audited()).toBe(0);

    // The embassy's editor moderates it; Ulduz's cannot undo that either.
    expect(await toggleOfficialAnswer(embassyEditor, answer)).toEqual({ ok: true, ideaId: idea.id });
    expect(await hideComment(embassyEditor, critique, "Question posée en privé.")).toEqual({ ok: true, ideaId: idea.id });
    expect(await restoreComment(ulduzEditor, critique)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await toggleOfficialAnswer(ulduzEditor, answer)).toEqual({ ok: false, reason: "otherOrganisation" });
    expect((await comment(answer)).officialAt).not.toBeNull();
    expect((await comment(critique)).hiddenReason).toBe("Question posée en privé.");
    expect(await audited()).toBe(0);
    // An admin acts for every organisation.
    expect(await restoreComment(admin, critique)).toEqual({ ok: true, ideaId: idea.id });
  });

  it("a membership taken away applies at the editor's next action, and the change is audited", async () => {
    const { ulduzEditor, admin } = await people();
    expect(await organisationsOf(ulduzEditor)).toEqual(["ulduz"]);
    expect(await setUserOrganisations(ulduzEditor, admin.id, ["ulduz"])).toEqual({ ok: false, reason: "forbidden" });
    expect(await setUserOrganisations(admin, ulduzEditor.id, ["cultural_centre"])).toEqual({ ok: true });
    expect(await organisationsOf(ulduzEditor)).toEqual(["cultural_centre"]);
    expect(await createArticle(ulduzEditor, articleInput({ fr: { title: "Fête de Novruz chez Ulduz" } }, { organisation: "ulduz" }))).toEqual({ ok: false, reason: "otherOrganisation" });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "user.organisations"), eq(auditLog.targetId, ulduzEditor.id)));
    expect(entry.details).toEqual({ from: ["ulduz"], to: ["cultural_centre"] });
    expect(await organisationsOf(await createUser(database(), { role: "member", organisations: ["ulduz"] }))).toEqual([]);
    expect(await organisationsOf(admin)).toEqual(["embassy", "ulduz", "cultural_centre"]);
  });

  it("a contact message reaches the editors of that organisation only", async () => {
    // Others' editors from earlier tests may exist; these addresses are this test's own.
    const embassyEditor = await createUser(database(), { role: "editor", organisations: ["embassy"] });
    const ulduzEditor = await createUser(database(), { role: "editor", organisations: ["ulduz"] });
    const message = { name: "Camille Durand", email: `camille-${Date.now()}@example.net`, subject: "Visa", message: "Quels papiers faut-il pour un visa ?" };
    expect(await sendContactMessage("embassy", message, { address: "198.51.100.40" })).toEqual({ ok: true });
    const to = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(await to(embassyEditor.email)).toHaveLength(1);
    expect(await to(ulduzEditor.email)).toHaveLength(0);
    expect(await db().select().from(userOrganisations).where(eq(userOrganisations.userId, ulduzEditor.id))).toHaveLength(1);
  });
});
