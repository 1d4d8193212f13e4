import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ideaComments, ideas } from "@/db/schema";
import { listCommentThreads, officialAnswerOf, COMMENTS_PAGE_SIZE } from "@/server/ideas/comments/list";
import { hideComment, restoreComment, toggleOfficialAnswer } from "@/server/ideas/comments/moderation";
import { listCommentQueue } from "@/server/ideas/comments/queue";
import { ownCommentsOn } from "../support/reader";
import { reportComment } from "@/server/ideas/comments/report";
import { deleteComment, editComment, postComment } from "@/server/ideas/comments/write";
import { throttleRules } from "@/server/throttle";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createReporter } from "../support/reporters";
import { createUser } from "../support/users";

describeOnDatabases("the discussion of an idea", (database) => {
  const db = () => database().db;
  const ideaRow = async (id: number) => (await db().select().from(ideas).where(eq(ideas.id, id)))[0];
  const post = async (caller: Parameters<typeof postComment>[0], ideaId: number, body: string, parentId?: number) => {
    const result = await postComment(caller, { ideaId, parentId, body, language: "fr" });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return result.commentId;
  };

  it("members comment and reply on one level, visible at once; the idea's author and editors are marked, an editor's reply becomes the official answer", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id, { status: "published" });

    const first = await post(member, idea.id, "Très bonne idée, **bravo** ! [Programme](https://example.org/programme)");
    const reply = await post(author, idea.id, "Merci *beaucoup*.", first);
    // An answer to a reply goes under the same top-level comment.
    const deeper = await post(editor, idea.id, "Nous étudions la salle.", reply);
    expect((await db().select().from(ideaComments).where(eq(ideaComments.id, deeper)))[0].parentId).toBe(first);

    const { threads } = await listCommentThreads(idea.id);
    expect(threads).toHaveLength(1);
    expect(threads[0].html).toBe('<p>Très bonne idée, <strong>bravo</strong> ! <a href="https://example.org/programme" rel="nofollow ugc noopener noreferrer">Programme</a></p>\n');
    expect(threads[0].replies.map((r) => [r.id, r.byIdeaAuthor, r.byEditor])).toEqual([
      [reply, true, false],
      [deeper, false, true],
    ]);
    expect((await ideaRow(idea.id)).commentCount).toBe(3);

    // Only an editor's comment can be the official answer, and only an editor marks it.
    expect(await toggleOfficialAnswer(member, deeper)).toEqual({ ok: false, reason: "forbidden" });
    expect(await toggleOfficialAnswer(editor, reply)).toEqual({ ok: false, reason: "notEditorReply" });
    expect(await toggleOfficialAnswer(editor, deeper)).toEqual({ ok: true, ideaId: idea.id });
    expect((await officialAnswerOf(idea.id))?.id).toBe(deeper);
    // A second official answer replaces the first.
    const later = await post(editor, idea.id, "Réponse définitive : retenue pour mai.");
    await toggleOfficialAnswer(editor, later);
    expect((await officialAnswerOf(idea.id))?.id).toBe(later);
    expect((await listCommentThreads(idea.id)).threads.flatMap((t) => [t, ...t.replies]).filter((c) => c.official).map((c) => c.id)).toEqual([later]);
  });

  it("an anonymous idea's author is not unmasked by the mark on their comment", async () => {
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published", showName: false });
    await post(author, idea.id, "Je précise mon idée.");
    expect((await listCommentThreads(idea.id)).threads[0].byIdeaAuthor).toBe(false);
  });

  it("refuses visitors, unconfirmed members, ideas the public does not see, a parent from another idea, and a flood", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const published = await createIdea(database(), author.id, { status: "published" });
    const pending = await createIdea(database(), author.id, { status: "pending" });
    const hidden = await createIdea(database(), author.id, { status: "published", hiddenAt: new Date() });
    const other = await createIdea(database(), author.id, { status: "published" });
    const elsewhere = await post(member, other.id, "Ailleurs.");

    expect(await postComment(null, { ideaId: published.id, body: "Salut", language: "fr" })).toEqual({ ok: false, reason: "signedOut" });
    expect(await postComment(await createUser(database(), { verified: false }), { ideaId: published.id, body: "Salut", language: "fr" })).toEqual({ ok: false, reason: "unverified" });
    expect(await postComment(member, { ideaId: pending.id, body: "Salut", language: "fr" })).toEqual({ ok: false, reason: "notFound" });
    expect(await postComment(member, { ideaId: hidden.id, body: "Salut", language: "fr" })).toEqual({ ok: false, reason: "notFound" });
    expect(await postComment(member, { ideaId: published.id, parentId: elsewhere, body: "Salut", language: "fr" })).toEqual({ ok: false, reason: "badParent" });

    // Fired at once, the burst meets the throttle: no more than its limit is written.
    const flooder = await createUser(database());
    const burst = await Promise.all(Array.from({ length: 25 }, (_, i) => postComment(flooder, { ideaId: published.id, body: `Message ${i}`, language: "az" })));
    expect(burst.filter((r) => r.ok)).toHaveLength(throttleRules.commentMember.limit);
    expect(new Set(burst.filter((r) => !r.ok).map((r) => !r.ok && r.reason))).toEqual(new Set(["commentLimit"]));
    const [written] = await db().select({ n: sql<number>`count(*)::int` }).from(ideaComments).where(eq(ideaComments.authorId, flooder.id));
    expect(written.n).toBe(throttleRules.commentMember.limit);
  });

  it("the author edits for 15 minutes and deletes at any time; nobody else does either", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const other = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const id = await post(member, idea.id, "Premier jet.");
    const replied = await post(other, idea.id, "Réponse.", id);

    expect(await editComment(other, id, "Piraté")).toEqual({ ok: false, reason: "notYours" });
    expect(await editComment(member, id, "Version corrigée.")).toMatchObject({ ok: true });
    expect((await ownCommentsOn(member, idea.id)).mine[id]).toMatchObject({ body: "Version corrigée." });
    expect((await listCommentThreads(idea.id)).threads[0]).toMatchObject({ edited: true, html: "<p>Version corrigée.</p>\n" });

    await db().update(ideaComments).set({ createdAt: sql`now() - interval '16 minutes'` }).where(eq(ideaComments.id, id));
    expect(await editComment(member, id, "Trop tard.")).toEqual({ ok: false, reason: "editWindowOver" });
    expect((await ownCommentsOn(member, idea.id)).mine[id]).toEqual({ editableUntil: null });

    expect(await deleteComment(other, id)).toEqual({ ok: false, reason: "notYours" });
    expect(await deleteComment(member, id)).toMatchObject({ ok: true });
    // Its text is gone; its place stays for the reply under it; the count drops by one.
    const [thread] = (await listCommentThreads(idea.id)).threads;
    expect(thread).toMatchObject({ id, state: "deleted", html: "", authorName: null });
    expect(thread.replies.map((r) => r.id)).toEqual([replied]);
    expect((await db().select().from(ideaComments).where(eq(ideaComments.id, id)))[0].body).toBe("");
    expect((await ideaRow(idea.id)).commentCount).toBe(1);
    // A deleted comment with no reply leaves no trace in the list.
    await deleteComment(other, replied);
    expect((await listCommentThreads(idea.id)).threads).toEqual([]);
  });

  it("three members in good standing hide a comment; throwaway accounts cannot; an editor hides with a reason only the author reads, or restores for good", async () => {
    const author = await createUser(database());
    // A member old enough to report: their own comment is still refused to them.
    const writer = await createReporter(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id, { status: "published" });
    const target = await post(writer, idea.id, "Achetez mes montres !");
    const before = (await ideaRow(idea.id)).commentCount;

    const throwaways = await Promise.all([0, 1, 2].map(() => createReporter(database(), { ageDays: 0 })));
    expect((await Promise.all(throwaways.map((t) => reportComment(t, target, "spam")))).map((r) => !r.ok && r.reason)).toEqual(["tooNew", "tooNew", "tooNew"]);
    expect(await reportComment(writer, target, "spam")).toEqual({ ok: false, reason: "ownComment" });

    const reporters = await Promise.all([0, 1, 2].map(() => createReporter(database())));
    const results = await Promise.all(reporters.map((r) => reportComment(r, target, "spam")));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.hidden)).toHaveLength(1);
    expect(await reportComment(reporters[0], target, "spam")).toEqual({ ok: false, reason: "notFound" });
    const [shown] = (await listCommentThreads(idea.id)).threads;
    expect(shown).toMatchObject({ state: "hidden", html: "", authorName: null });
    expect((await ideaRow(idea.id)).commentCount).toBe(before - 1);
    // Its author is told it waits for an editor; the editors find it in their queue.
    expect((await ownCommentsOn(writer, idea.id)).mine[target]).toEqual({ editableUntil: null, hiddenReason: null });
    expect((await listCommentQueue(editor, "hidden"))?.comments.map((c) => c.id)).toContain(target);
    expect(await listCommentQueue(writer, "hidden")).toBeUndefined();

    // An editor gives the reason, which its author alone reads.
    expect(await hideComment(writer, target, "Publicité")).toEqual({ ok: false, reason: "forbidden" });
    expect(await hideComment(editor, target, "Publicité pour un commerce.")).toMatchObject({ ok: true });
    expect((await ownCommentsOn(writer, idea.id)).mine[target]).toEqual({ editableUntil: null, hiddenReason: "Publicité pour un commerce." });
    expect((await ideaRow(idea.id)).commentCount).toBe(before - 1);

    // Another comment, hidden then restored: the reports are rejected and it cannot be reported again.
    const fair = await post(writer, idea.id, "Une critique légitime.");
    await Promise.all(reporters.map((r) => reportComment(r, fair, "offensive")));
    expect((await listCommentQueue(editor, "hidden"))?.comments.map((c) => c.id)).toContain(fair);
    expect(await restoreComment(editor, fair)).toMatchObject({ ok: true });
    expect((await listCommentThreads(idea.id)).threads.find((t) => t.id === fair)?.state).toBe("visible");
    expect((await ideaRow(idea.id)).commentCount).toBe(before);
    const late = await createReporter(database());
    expect(await reportComment(late, fair, "spam")).toEqual({ ok: false, reason: "reportsLocked" });
  });

  it("pages the threads by keyset, newest first, with no thread twice or missing", async () => {
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const writers = await Promise.all([0, 1, 2].map(() => createUser(database())));
    const total = COMMENTS_PAGE_SIZE + 5;
    const rows = Array.from({ length: total }, (_, i) => ({ ideaId: idea.id, authorId: writers[i % 3].id, body: `Commentaire ${i}`, language: "fr" as const, createdAt: new Date(Date.now() - (i % 7) * 1000) }));
    await db().insert(ideaComments).values(rows);
    const seen: number[] = [];
    let after;
    let pages = 0;
    do {
      const page = await listCommentThreads(idea.id, after);
      seen.push(...page.threads.map((t) => t.id));
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(total);
    const created = await db().select({ id: ideaComments.id, createdAt: ideaComments.createdAt }).from(ideaComments).where(eq(ideaComments.ideaId, idea.id));
    const order = created.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id).map((c) => c.id);
    expect(seen).toEqual(order);
  });
});
