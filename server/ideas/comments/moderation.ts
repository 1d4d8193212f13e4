import "server-only";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaCommentReports, ideaComments, ideas } from "@/db/schema";
import { recordAudit } from "../../audit";
import { isEditor, type Caller } from "../access";

export type CommentModerationResult = { ok: true; ideaId: number } | { ok: false; reason: "forbidden" | "notFound" | "notEditorReply" };

/**
 * An editor hides a comment with a reason its author sees (or gives the
 * reason of one the reports hid). A visible comment leaves the idea's count;
 * its open reports are settled (they were right).
 */
export async function hideComment(caller: Caller, commentId: number, reason: string): Promise<CommentModerationResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const [comment] = await tx
      .select({ ideaId: ideaComments.ideaId, hiddenAt: ideaComments.hiddenAt, deletedAt: ideaComments.deletedAt })
      .from(ideaComments)
      .where(eq(ideaComments.id, commentId))
      .for("update");
    if (!comment || comment.deletedAt) return { ok: false as const, reason: "notFound" as const };
    await tx
      .update(ideaComments)
      .set({ hiddenAt: sql`coalesce(${ideaComments.hiddenAt}, now())`, hiddenReason: reason, hiddenBy: caller.id, officialAt: null })
      .where(eq(ideaComments.id, commentId));
    if (!comment.hiddenAt) await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, comment.ideaId));
    await recordAudit(tx, { actorId: caller.id, action: "comment.hide", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true as const, ideaId: comment.ideaId };
  });
}

/**
 * An editor puts back a comment that reports (or an editor) hid: the reports
 * were unfounded, they are marked rejected, and further reports of it are refused.
 */
export async function restoreComment(caller: Caller, commentId: number): Promise<CommentModerationResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const [comment] = await tx
      .select({ ideaId: ideaComments.ideaId, hiddenAt: ideaComments.hiddenAt, deletedAt: ideaComments.deletedAt })
      .from(ideaComments)
      .where(eq(ideaComments.id, commentId))
      .for("update");
    if (!comment || comment.deletedAt) return { ok: false as const, reason: "notFound" as const };
    await tx
      .update(ideaComments)
      .set({ hiddenAt: null, hiddenReason: null, hiddenBy: null, reportsLockedAt: sql`now()` })
      .where(eq(ideaComments.id, commentId));
    await tx.update(ideaCommentReports).set({ rejectedAt: sql`now()` }).where(and(eq(ideaCommentReports.commentId, commentId), isNull(ideaCommentReports.rejectedAt)));
    if (comment.hiddenAt) await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1` }).where(eq(ideas.id, comment.ideaId));
    await recordAudit(tx, { actorId: caller.id, action: "comment.restore", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true as const, ideaId: comment.ideaId };
  });
}

/**
 * An editor marks an editor's visible comment as the idea's official answer,
 * or takes the mark back. One official answer per idea: marking one unmarks the other.
 */
export async function toggleOfficialAnswer(caller: Caller, commentId: number): Promise<CommentModerationResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const [comment] = await tx
      .select({ ideaId: ideaComments.ideaId, byEditor: ideaComments.byEditor, officialAt: ideaComments.officialAt, visible: sql<boolean>`${ideaComments.hiddenAt} is null and ${ideaComments.deletedAt} is null` })
      .from(ideaComments)
      .where(eq(ideaComments.id, commentId))
      .for("update");
    if (!comment || !comment.visible) return { ok: false as const, reason: "notFound" as const };
    if (!comment.byEditor) return { ok: false as const, reason: "notEditorReply" as const };
    await tx
      .update(ideaComments)
      .set({ officialAt: null })
      .where(and(eq(ideaComments.ideaId, comment.ideaId), isNotNull(ideaComments.officialAt), ne(ideaComments.id, commentId)));
    await tx
      .update(ideaComments)
      .set({ officialAt: comment.officialAt ? null : sql`now()` })
      .where(eq(ideaComments.id, commentId));
    await recordAudit(tx, { actorId: caller.id, action: comment.officialAt ? "comment.unofficial" : "comment.official", targetType: "comment", targetId: String(commentId), details: { ideaId: comment.ideaId } });
    return { ok: true as const, ideaId: comment.ideaId };
  });
}
