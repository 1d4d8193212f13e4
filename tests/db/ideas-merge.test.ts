import { and, count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, ideaSupports, ideas, mailOutbox } from "@/db/schema";
import { mergedIdeaShownOn, mergedInto, mergeIdea } from "@/server/ideas/merge";
import { getIdeaForViewer, listPublicIdeas } from "@/server/ideas/public";
import { listMemberIdeas } from "@/server/ideas/member-ideas";
import { listCommentThreads, officialAnswerOf } from "@/server/ideas/comments/list";
import { hideComment, toggleOfficialAnswer } from "@/server/ideas/comments/moderation";
import { postComment } from "@/server/ideas/comments/write";
import { setFollowing } from "@/server/ideas/follow";
import { toggleSupport } from "@/server/ideas/support";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createUser } from "../support/users";

describeOnDatabases("merging a duplicate idea into another", (database) => {
  const db = () => database().db;
  const row = async (id: number) => (await db().select().from(ideas).where(eq(ideas.id, id)))[0];
  const supporters = async (id: number) =>
    (await db().select({ userId: ideaSupports.userId }).from(ideaSupports).where(eq(ideaSupports.ideaId, id))).map((r) => r.userId).sort();
  const supportRows = async (id: number) => (await db().select({ n: count() }).from(ideaSupports).where(eq(ideaSupports.ideaId, id)))[0].n;
  const supportBy = async (userIds: string[], ideaId: number) => {
    for (const userId of userIds) await db().insert(ideaSupports).values({ ideaId, userId });
    await db().update(ideas).set({ supportCount: await supportRows(ideaId) }).where(eq(ideas.id, ideaId));
  };
  const pair = async () => {
    const [sourceAuthor, targetAuthor] = [await createUser(database(), { preferredLocale: "az" }), await createUser(database())];
    const source = await createIdea(database(), sourceAuthor.id, { status: "published", title: "Novruz bayramı Parisdə", language: "az" });
    const target = await createIdea(database(), targetAuthor.id, { status: "published", title: "Fête de Novruz à Paris" });
    return { source, target, sourceAuthor, targetAuthor };
  };

  it("moves the supports without counting anyone twice; the duplicate leaves the gallery and leads to the other idea", async () => {
    const { source, target, sourceAuthor, targetAuthor } = await pair();
    const [a, b, both, onlyTarget] = await Promise.all(Array.from({ length: 4 }, () => createUser(database())));
    // The target's author supported the duplicate: they cannot support their own idea, that support goes.
    await supportBy([a.id, b.id, both.id, targetAuthor.id], source.id);
    await supportBy([both.id, onlyTarget.id], target.id);
    const editor = await createUser(database(), { role: "editor" });

    expect(await mergeIdea(editor, { id: source.id, version: source.version, into: target.id })).toEqual({ ok: true, supports: 4, moved: 2 });

    expect(await supporters(target.id)).toEqual([a.id, b.id, both.id, onlyTarget.id].sort());
    expect((await row(target.id)).supportCount).toBe(4);
    expect(await supportRows(source.id)).toBe(0);
    expect(await row(source.id)).toMatchObject({ status: "merged", mergedInto: target.id, supportCount: 0, moderatedBy: editor.id });
    expect(await getIdeaForViewer(null, source.id)).toBeUndefined();
    expect(await mergedInto(source.id)).toBe(target.id);
    expect(await mergedInto(target.id)).toBeUndefined();
    expect(await mergedIdeaShownOn(source.id, target.id)).toEqual({ title: "Novruz bayramı Parisdə", language: "az" });
    // The notice names only an idea merged into the page it is on.
    expect(await mergedIdeaShownOn(source.id, source.id)).toBeUndefined();
    const shown = (await listPublicIdeas({ sort: "newest", search: "novruz" })).ideas.map((idea) => idea.id);
    expect(shown).toEqual([target.id]);
    // The members who supported the duplicate find the idea that stays on their account page.
    expect((await listMemberIdeas(a, "supported")).ideas.map((idea) => idea.id)).toEqual([target.id]);
    expect((await listMemberIdeas(both, "supported")).ideas.map((idea) => idea.id)).toEqual([target.id]);

    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "idea.merge"), eq(auditLog.targetId, String(source.id))));
    expect(entry).toMatchObject({ actorId: editor.id, targetType: "idea", details: { from: "published", to: "merged", into: target.id, intoTitle: "Fête de Novruz à Paris", supports: 4, moved: 2 } });
    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, sourceAuthor.email));
    expect(mail.subject).toBe("«Novruz bayramı Parisdə» ideyanız oxşar ideya ilə birləşdirildi");
    expect(mail.body).toContain("«Fête de Novruz à Paris»");
    expect(mail.body).toContain(`/az/yuzillik/${target.id}`);
  });

  it("brings the duplicate's discussion and followers along: each comment says where it was written, the count adds what shows", async () => {
    const { source, target } = await pair();
    const [member, replier, follower, stopped] = await Promise.all(Array.from({ length: 4 }, () => createUser(database())));
    const editor = await createUser(database(), { role: "editor" });
    const post = async (caller: typeof member, ideaId: number, body: string, parentId?: number) => {
      const result = await postComment(caller, { ideaId, parentId, body, language: "az" });
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      return result.commentId;
    };
    const onTarget = await post(member, target.id, "Əla fikirdir.");
    const thread = await post(member, source.id, "Novruz üçün gözəl təklif.");
    const reply = await post(replier, source.id, "Razıyam.", thread);
    const answer = await post(editor, source.id, "Zal axtarırıq.", thread);
    expect(await toggleOfficialAnswer(editor, answer)).toMatchObject({ ok: true });
    const hidden = await post(replier, source.id, "Reklam");
    expect(await hideComment(editor, hidden, "Reklam")).toMatchObject({ ok: true });
    await setFollowing(follower, source.id, true);
    await setFollowing(stopped, source.id, true);
    await setFollowing(stopped, source.id, false);
    const before = await row(target.id);
    const fresh = (await row(source.id)).version;

    expect(await mergeIdea(editor, { id: source.id, version: fresh, into: target.id })).toMatchObject({ ok: true });

    // Three comments show on the duplicate (the hidden one does not count): the idea that stays counts them.
    expect((await row(target.id)).commentCount).toBe(before.commentCount + 3);
    expect((await row(source.id)).commentCount).toBe(0);
    const { threads } = await listCommentThreads(target.id);
    const moved = threads.find((t) => t.id === thread)!;
    expect(moved.mergedFrom).toEqual({ title: "Novruz bayramı Parisdə", language: "az" });
    expect(moved.replies.map((r) => [r.id, r.mergedFrom?.title])).toEqual([
      [reply, "Novruz bayramı Parisdə"],
      [answer, "Novruz bayramı Parisdə"],
    ]);
    expect(threads.find((t) => t.id === onTarget)!.mergedFrom).toBeNull();
    // The hidden comment came along, still hidden, and names nothing.
    expect(threads.find((t) => t.id === hidden)).toMatchObject({ state: "hidden", mergedFrom: null });
    // The duplicate's official answer answered the duplicate: the idea that stays has none of its own yet.
    expect(await officialAnswerOf(target.id)).toBeUndefined();
    expect(moved.replies.find((r) => r.id === answer)!.official).toBe(false);
    // Its followers follow the idea that stays; one who had stopped stays stopped.
    expect((await listMemberIdeas(follower, "followed")).ideas.map((idea) => idea.id)).toEqual([target.id]);
    expect((await listMemberIdeas(stopped, "followed")).ideas).toEqual([]);
  });

  it("refuses members and visitors, and ideas that are not both public", async () => {
    const { source, target } = await pair();
    const member = await createUser(database());
    const editor = await createUser(database(), { role: "admin" });
    const request = { id: source.id, version: source.version, into: target.id };
    expect(await mergeIdea(member, request)).toEqual({ ok: false, reason: "forbidden" });
    expect(await mergeIdea(null, request)).toEqual({ ok: false, reason: "forbidden" });
    expect(await mergeIdea(editor, { ...request, into: source.id })).toEqual({ ok: false, reason: "mergeSelf" });
    expect(await mergeIdea(editor, { ...request, version: source.version + 1 })).toEqual({ ok: false, reason: "conflict" });
    expect(await mergeIdea(editor, { ...request, into: 2_000_000_000 })).toEqual({ ok: false, reason: "mergeTargetNotPublic" });
    expect(await mergeIdea(editor, { ...request, id: 2_000_000_000 })).toEqual({ ok: false, reason: "notFound" });
    const author = await createUser(database());
    for (const values of [{ status: "pending" as const }, { status: "rejected" as const }, { status: "published" as const, hiddenAt: new Date() }]) {
      const other = await createIdea(database(), author.id, values);
      expect(await mergeIdea(editor, { ...request, into: other.id }), JSON.stringify(values)).toEqual({ ok: false, reason: "mergeTargetNotPublic" });
      expect(await mergeIdea(editor, { id: other.id, version: other.version, into: target.id }), JSON.stringify(values)).toEqual({ ok: false, reason: "mergeSourceNotPublic" });
    }
    expect(await row(source.id)).toMatchObject({ status: "published", mergedInto: null, version: source.version });
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, "idea.merge"), eq(auditLog.targetId, String(source.id))))).toEqual([]);
    // Once merged, neither idea can be merged again the other way round.
    expect(await mergeIdea(editor, request)).toMatchObject({ ok: true });
    expect(await mergeIdea(editor, { id: target.id, version: (await row(target.id)).version, into: source.id })).toEqual({ ok: false, reason: "mergeTargetNotPublic" });
  });

  it("an idea one organisation answered is merged, or merged into, by that organisation's editors alone", async () => {
    const author = await createUser(database());
    const embassyEditor = await createUser(database(), { role: "editor", organisations: ["embassy"] });
    const ulduzEditor = await createUser(database(), { role: "editor", organisations: ["ulduz"] });
    const answered = await createIdea(database(), author.id, { status: "retained", publicAnswer: "Au programme.", answeredBy: "embassy" });
    const open = await createIdea(database(), author.id, { status: "published" });
    const other = await createIdea(database(), author.id, { status: "published" });
    expect(await mergeIdea(ulduzEditor, { id: answered.id, version: answered.version, into: open.id })).toEqual({ ok: false, reason: "otherOrganisation" });
    expect(await mergeIdea(ulduzEditor, { id: open.id, version: open.version, into: answered.id })).toEqual({ ok: false, reason: "otherOrganisation" });
    // A retained idea keeps its answer and its steps: the duplicate goes into it, never the reverse.
    expect(await mergeIdea(embassyEditor, { id: answered.id, version: answered.version, into: open.id })).toEqual({ ok: false, reason: "mergeSourceRetained" });
    expect(await row(answered.id)).toMatchObject({ status: "retained", mergedInto: null });
    // Two ideas nobody answered are any editor's.
    expect(await mergeIdea(ulduzEditor, { id: other.id, version: other.version, into: open.id })).toMatchObject({ ok: true });
    expect(await mergeIdea(embassyEditor, { id: open.id, version: (await row(open.id)).version, into: answered.id })).toMatchObject({ ok: true });
    // What was merged into the idea merged in turn now leads straight to the one that stays.
    expect(await row(other.id)).toMatchObject({ status: "merged", mergedInto: answered.id });
    expect(await mergedInto(other.id)).toBe(answered.id);
  });

  it("supports clicked while the merge runs end on the idea that stays, and every count equals its rows", async () => {
    const { source, target } = await pair();
    const members = await Promise.all(Array.from({ length: 10 }, () => createUser(database())));
    await supportBy(members.slice(0, 4).map((m) => m.id), source.id);
    const editor = await createUser(database(), { role: "editor" });
    const results = await Promise.all([
      mergeIdea(editor, { id: source.id, version: source.version, into: target.id }),
      ...members.map((member, i) => toggleSupport(member, i % 2 ? source.id : target.id)),
    ]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(await supportRows(source.id)).toBe(0);
    expect((await row(source.id)).supportCount).toBe(0);
    expect((await row(target.id)).supportCount).toBe(await supportRows(target.id));
  });
});
