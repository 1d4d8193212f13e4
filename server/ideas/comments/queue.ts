import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { ideaComments, ideas, users } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import { isEditor, type Caller } from "../access";

export const COMMENT_QUEUE_PAGE_SIZE = 20;
export type CommentQueueKind = "reported" | "hidden";

const hider = alias(users, "hider");

// The same text as the partial indexes' predicates, so that the planner uses them.
const where: Record<CommentQueueKind, SQL> = {
  reported: sql.raw("(idea_comments.report_count > 0 and idea_comments.hidden_at is null and idea_comments.reports_locked_at is null)"),
  hidden: sql.raw("(idea_comments.hidden_at is not null)"),
};

/**
 * A page of the comments editors look at: the reported ones still visible
 * (most reported first), or the hidden ones (latest first), each with its text,
 * its idea and its author. Editors only; undefined for anyone else.
 */
export async function listCommentQueue(caller: Caller, kind: CommentQueueKind, after?: IdeaCursor) {
  if (!isEditor(caller)) return undefined;
  const key = kind === "reported" ? ideaComments.reportCount : ideaComments.hiddenAt;
  const conditions: (SQL | undefined)[] = [where[kind], isNotDeleted];
  if (after) {
    const value = kind === "reported" ? sql`${after.value}::integer` : sql`${new Date(after.value).toISOString()}::timestamptz`;
    conditions.push(sql`(${key}, ${ideaComments.id}) < (${value}, ${after.id}::integer)`);
  }
  const rows = await getDb()
    .select({
      id: ideaComments.id,
      ideaId: ideaComments.ideaId,
      ideaTitle: ideas.title,
      ideaLanguage: ideas.language,
      body: ideaComments.body,
      language: ideaComments.language,
      authorName: users.name,
      createdAt: ideaComments.createdAt,
      reportCount: ideaComments.reportCount,
      hiddenAt: ideaComments.hiddenAt,
      hiddenReason: ideaComments.hiddenReason,
      hiddenByName: hider.name,
    })
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .leftJoin(hider, eq(hider.id, ideaComments.hiddenBy))
    .where(and(...conditions))
    .orderBy(desc(key), desc(ideaComments.id))
    .limit(COMMENT_QUEUE_PAGE_SIZE + 1);
  const { page, next } = keysetPage(rows, COMMENT_QUEUE_PAGE_SIZE, (row) => (kind === "reported" ? row.reportCount : row.hiddenAt!.getTime()));
  return { comments: page, next };
}

const isNotDeleted = sql`${ideaComments.deletedAt} is null`;

export type QueuedComment = NonNullable<Awaited<ReturnType<typeof listCommentQueue>>>["comments"][number];
