import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { ideaCommentReports, ideaComments, ideas, users, type IdeaReportReason } from "@/db/schema";
import { recordAudit } from "../../audit";
import { takeAttempt, throttleRules } from "../../throttle";
import { ideaIsPublic, type Caller } from "../access";
import { REPORTS_TO_HIDE, reporterRefusal, type ReporterRefusal } from "../report-policy";

export type CommentReportRefusal = "signedOut" | ReporterRefusal | "notFound" | "ownComment" | "reportsLocked" | "alreadyReported" | "reportLimit";
export type CommentReportResult = { ok: true; hidden: boolean; ideaId: number } | { ok: false; reason: CommentReportRefusal };

/** Whether this comment can take this member's report: visible on a public idea, someone else's, not cleared by an editor, not reported by them yet. */
async function commentRefusal(db: Db | Tx, userId: string, commentId: number, lock = false) {
  const query = db
    .select({
      ideaId: ideaComments.ideaId,
      authorId: ideaComments.authorId,
      hiddenAt: ideaComments.hiddenAt,
      deletedAt: ideaComments.deletedAt,
      reportsLockedAt: ideaComments.reportsLockedAt,
      ideaStatus: ideas.status,
      ideaHiddenAt: ideas.hiddenAt,
    })
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .where(eq(ideaComments.id, commentId));
  const [comment] = lock ? await query.for("update", { of: ideaComments }) : await query;
  if (!comment || comment.hiddenAt || comment.deletedAt || !ideaIsPublic({ status: comment.ideaStatus, hiddenAt: comment.ideaHiddenAt })) return { refusal: "notFound" as const };
  if (comment.authorId === userId) return { refusal: "ownComment" as const };
  if (comment.reportsLockedAt) return { refusal: "reportsLocked" as const };
  const [mine] = await db
    .select({ id: ideaCommentReports.commentId })
    .from(ideaCommentReports)
    .where(and(eq(ideaCommentReports.commentId, commentId), eq(ideaCommentReports.reporterId, userId)));
  return mine ? { refusal: "alreadyReported" as const } : { ideaId: comment.ideaId };
}

/**
 * A member reports a comment, under the rules that guard idea reports: a
 * confirmed account a day old whose reports editors did not keep rejecting,
 * the same daily allowance (the throttle counts ideas and comments together),
 * one report per member and comment. Reports from enough distinct members in
 * good standing hide the comment until an editor looks at it.
 */
export async function reportComment(caller: Caller, commentId: number, reason: IdeaReportReason): Promise<CommentReportResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const db = getDb();
  const early = (await reporterRefusal(db, caller.id)) ?? (await commentRefusal(db, caller.id, commentId)).refusal;
  if (early) return { ok: false, reason: early };
  if (!(await takeAttempt([{ rule: throttleRules.reportMember, value: caller.id }]))) return { ok: false, reason: "reportLimit" };

  return db.transaction(async (tx) => {
    const again = await commentRefusal(tx, caller.id, commentId, true);
    if (again.refusal) return { ok: false as const, reason: again.refusal };
    const added = await tx.insert(ideaCommentReports).values({ commentId, reporterId: caller.id, reason }).onConflictDoNothing().returning();
    if (!added.length) return { ok: false as const, reason: "alreadyReported" as const };
    const [standing] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(ideaCommentReports)
      .innerJoin(users, eq(users.id, ideaCommentReports.reporterId))
      .where(and(eq(ideaCommentReports.commentId, commentId), isNull(ideaCommentReports.rejectedAt), isNotNull(users.emailVerifiedAt), isNull(users.bannedAt)));
    const hide = standing.n >= REPORTS_TO_HIDE;
    await tx
      .update(ideaComments)
      .set({ reportCount: standing.n, hiddenAt: hide ? sql`now()` : null, officialAt: hide ? null : sql`${ideaComments.officialAt}` })
      .where(eq(ideaComments.id, commentId));
    if (hide) {
      await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, again.ideaId));
      await recordAudit(tx, { actorId: null, action: "comment.hide", targetType: "comment", targetId: String(commentId), details: { reports: standing.n } });
    }
    return { ok: true as const, hidden: hide, ideaId: again.ideaId };
  });
}
