import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { ideaComments, ideas } from "@/db/schema";
import { takeAttempt, throttleRules } from "../../throttle";
import { isEmailVerified } from "../../verification";
import { ideaIsPublic, isEditor, type Caller } from "../access";
import { notifyFollowers } from "../follow";

/** How long a member may correct what they wrote. */
export const EDIT_WINDOW_MINUTES = 15;
export const editWindow = sql.raw(`interval '${EDIT_WINDOW_MINUTES} minutes'`);

export type CommentRefusal = "signedOut" | "unverified" | "notFound" | "commentLimit" | "badParent" | "notYours" | "editWindowOver";
export type CommentResult = { ok: true; ideaId: number; commentId: number } | { ok: false; reason: CommentRefusal };

/** A comment or reply a member writes: its idea, the top-level comment it answers, its text and language. */
export type NewComment = { ideaId: number; parentId?: number; body: string; language: "fr" | "az" };

async function publicIdea(tx: Tx, ideaId: number, lock = false) {
  const query = tx.select({ status: ideas.status, hiddenAt: ideas.hiddenAt }).from(ideas).where(eq(ideas.id, ideaId));
  const [idea] = lock ? await query.for("update") : await query;
  return idea && ideaIsPublic(idea);
}

/**
 * A confirmed member comments on a public idea, or answers a top-level
 * comment of it (one level: an answer to a reply goes under the same
 * top-level comment). Counted by the member's throttle before anything is
 * written; visible at once (post-moderated), and counted in the idea's
 * `comment_count` in the same transaction.
 */
export async function postComment(caller: Caller, input: NewComment): Promise<CommentResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const db = getDb();
  if (!(await isEmailVerified(caller.id, db))) return { ok: false, reason: "unverified" };
  if (!(await takeAttempt([{ rule: throttleRules.commentMember, value: caller.id }]))) return { ok: false, reason: "commentLimit" };
  return db.transaction(async (tx) => {
    if (!(await publicIdea(tx, input.ideaId, true))) return { ok: false as const, reason: "notFound" as const };
    let parentId: number | null = null;
    if (input.parentId !== undefined) {
      const [parent] = await tx
        .select({ id: ideaComments.id, parentId: ideaComments.parentId, ideaId: ideaComments.ideaId })
        .from(ideaComments)
        .where(eq(ideaComments.id, input.parentId));
      if (!parent || parent.ideaId !== input.ideaId) return { ok: false as const, reason: "badParent" as const };
      parentId = parent.parentId ?? parent.id;
    }
    const [row] = await tx
      .insert(ideaComments)
      .values({ ideaId: input.ideaId, parentId, authorId: caller.id, byEditor: isEditor(caller), body: input.body, language: input.language })
      .returning({ id: ideaComments.id });
    await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1` }).where(eq(ideas.id, input.ideaId));
    await notifyFollowers(tx, input.ideaId, "comment", caller.id);
    return { ok: true as const, ideaId: input.ideaId, commentId: row.id };
  });
}

/**
 * The author corrects their comment within the edit window, while it is
 * neither deleted nor hidden: the condition is in the update itself, so a
 * post that arrives a second late changes nothing.
 */
export async function editComment(caller: Caller, commentId: number, body: string): Promise<CommentResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const db = getDb();
  const [updated] = await db
    .update(ideaComments)
    .set({ body, editedAt: sql`now()` })
    .where(
      and(
        eq(ideaComments.id, commentId),
        eq(ideaComments.authorId, caller.id),
        isNull(ideaComments.deletedAt),
        isNull(ideaComments.hiddenAt),
        sql`${ideaComments.createdAt} > now() - ${editWindow}`,
      ),
    )
    .returning({ ideaId: ideaComments.ideaId });
  if (updated) return { ok: true, ideaId: updated.ideaId, commentId };
  return { ok: false, reason: await whyNotMine(db, commentId, caller.id) };
}

async function whyNotMine(db: Db | Tx, commentId: number, userId: string): Promise<CommentRefusal> {
  const [row] = await db
    .select({ authorId: ideaComments.authorId, deletedAt: ideaComments.deletedAt })
    .from(ideaComments)
    .where(eq(ideaComments.id, commentId));
  if (!row || row.deletedAt) return "notFound";
  if (row.authorId !== userId) return "notYours";
  return "editWindowOver";
}

/**
 * The author deletes their comment, at any time. Its text is erased at once;
 * the row stays so that the replies under it keep their place ("comment
 * deleted"). The idea's count goes down if the comment was counted (not hidden).
 */
export async function deleteComment(caller: Caller, commentId: number): Promise<CommentResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  return getDb().transaction(async (tx) => {
    const [deleted] = await tx
      .update(ideaComments)
      .set({ body: "", deletedAt: sql`now()`, officialAt: null })
      .where(and(eq(ideaComments.id, commentId), eq(ideaComments.authorId, caller.id), isNull(ideaComments.deletedAt)))
      .returning({ ideaId: ideaComments.ideaId, hiddenAt: ideaComments.hiddenAt });
    if (!deleted) return { ok: false as const, reason: await whyNotMine(tx, commentId, caller.id) };
    if (!deleted.hiddenAt) await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, deleted.ideaId));
    return { ok: true as const, ideaId: deleted.ideaId, commentId };
  });
}
