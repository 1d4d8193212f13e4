import "server-only";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { ideaCommentReports, ideaComments, ideas } from "@/db/schema";
import { recordAudit } from "../../audit";
import { organisationsOf } from "../../organisations/membership";
import { isEditor, type Caller } from "../access";
import { notifyFollowers } from "../follow";

export type CommentModerationResult = { ok: true; ideaId: number } | { ok: false; reason: "forbidden" | "notFound" | "notEditorReply" | "otherOrganisation" };
type Refusal = Extract<CommentModerationResult, { ok: false }>;
type Editor = NonNullable<Caller>;

/**
 * The comment an editor acts on, locked for the transaction, with what the
 * decision needs; or the refusal. A comment the author deleted is gone. The
 * discussion of an idea one organisation answered is that organisation's to
 * moderate, as the idea is theirs to decide on again (`../moderation.ts`).
 */
async function lockComment(tx: Tx, editor: Editor, commentId: number) {
  const [comment] = await tx
    .select({ ideaId: ideaComments.ideaId, hiddenAt: ideaComments.hiddenAt, deletedAt: ideaComments.deletedAt, byEditor: ideaComments.byEditor, officialAt: ideaComments.officialAt, answeredBy: ideas.answeredBy })
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .where(eq(ideaComments.id, commentId))
    .for("update", { of: ideaComments });
  if (!comment || comment.deletedAt) return { ok: false, reason: "notFound" } satisfies Refusal;
  if (comment.answeredBy && !(await organisationsOf(editor, tx)).includes(comment.answeredBy)) return { ok: false, reason: "otherOrganisation" } satisfies Refusal;
  return { ok: true as const, comment };
}

type Locked = Extract<Awaited<ReturnType<typeof lockComment>>, { ok: true }>["comment"];

/** Runs a moderation step on a locked comment in one transaction, for editors only. */
function moderate(caller: Caller, commentId: number, step: (tx: Tx, editor: Editor, comment: Locked) => Promise<CommentModerationResult>): Promise<CommentModerationResult> {
  if (!isEditor(caller)) return Promise.resolve({ ok: false, reason: "forbidden" });
  return getDb().transaction(async (tx) => {
    const locked = await lockComment(tx, caller, commentId);
    return locked.ok ? step(tx, caller, locked.comment) : locked;
  });
}

/**
 * An editor hides a comment with a reason its author sees (or gives the
 * reason of one the reports hid). A visible comment leaves the idea's count;
 * its open reports are settled (they were right).
 */
export function hideComment(caller: Caller, commentId: number, reason: string): Promise<CommentModerationResult> {
  return moderate(caller, commentId, async (tx, editor, comment) => {
    await tx
      .update(ideaComments)
      .set({ hiddenAt: sql`coalesce(${ideaComments.hiddenAt}, now())`, hiddenReason: reason, hiddenBy: editor.id, officialAt: null })
      .where(eq(ideaComments.id, commentId));
    if (!comment.hiddenAt) await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, comment.ideaId));
    await recordAudit(tx, { actorId: editor.id, action: "comment.hide", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true, ideaId: comment.ideaId };
  });
}

/**
 * An editor puts back a comment that reports (or an editor) hid: the reports
 * were unfounded, they are marked rejected, and further reports of it are refused.
 */
export function restoreComment(caller: Caller, commentId: number): Promise<CommentModerationResult> {
  return moderate(caller, commentId, async (tx, editor, comment) => {
    await tx
      .update(ideaComments)
      .set({ hiddenAt: null, hiddenReason: null, hiddenBy: null, reportsLockedAt: sql`now()` })
      .where(eq(ideaComments.id, commentId));
    await tx.update(ideaCommentReports).set({ rejectedAt: sql`now()` }).where(and(eq(ideaCommentReports.commentId, commentId), isNull(ideaCommentReports.rejectedAt)));
    if (comment.hiddenAt) await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1` }).where(eq(ideas.id, comment.ideaId));
    await recordAudit(tx, { actorId: editor.id, action: "comment.restore", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true, ideaId: comment.ideaId };
  });
}

/**
 * An editor marks an editor's visible comment as the idea's official answer,
 * or takes the mark back. One official answer per idea: marking one unmarks the other.
 */
export function toggleOfficialAnswer(caller: Caller, commentId: number): Promise<CommentModerationResult> {
  return moderate(caller, commentId, async (tx, editor, comment) => {
    if (comment.hiddenAt) return { ok: false, reason: "notFound" };
    if (!comment.byEditor) return { ok: false, reason: "notEditorReply" };
    await tx
      .update(ideaComments)
      .set({ officialAt: null })
      .where(and(eq(ideaComments.ideaId, comment.ideaId), isNotNull(ideaComments.officialAt), ne(ideaComments.id, commentId)));
    await tx
      .update(ideaComments)
      .set({ officialAt: comment.officialAt ? null : sql`now()` })
      .where(eq(ideaComments.id, commentId));
    // The organisers answered: the idea's followers are told (not when the mark is taken back).
    if (!comment.officialAt) await notifyFollowers(tx, comment.ideaId, "answered", editor.id);
    await recordAudit(tx, { actorId: editor.id, action: comment.officialAt ? "comment.unofficial" : "comment.official", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true, ideaId: comment.ideaId };
  });
}
