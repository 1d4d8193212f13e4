import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alias } from "drizzle-orm/pg-core";
import { ideaComments, ideas, users } from "@/db/schema";
import type { IdeaCursor } from "@/lib/ideas/cursor";
import { renderCommentMarkdown } from "@/lib/markdown";

export const COMMENTS_PAGE_SIZE = 20;
/** Replies per comment the page budgets for (a cap on the page's replies, not per thread). */
export const REPLIES_PER_COMMENT = 50;

/** A comment as every reader sees it: no hidden text, no reason, no author of a deleted one. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string | null;
  /** Written by the idea's author, when the idea shows its author's name (an anonymous idea stays anonymous). */
  byIdeaAuthor: boolean;
  byEditor: boolean;
  official: boolean;
  language: "fr" | "az";
  html: string;
  createdAt: Date;
  edited: boolean;
  state: "visible" | "hidden" | "deleted";
  /** Written under a duplicate since merged into this idea: its title, in its language. */
  mergedFrom: { title: string; language: "fr" | "az" } | null;
};

export type CommentThread = PublicComment & { replies: PublicComment[] };

// The duplicate a comment was written under, joined by its primary key.
const duplicate = alias(ideas, "duplicate");

const fields = {
  id: ideaComments.id,
  parentId: ideaComments.parentId,
  authorName: users.name,
  byIdeaAuthor: sql<boolean>`(${ideas.showName} and ${ideaComments.authorId} = ${ideas.authorId})`,
  byEditor: ideaComments.byEditor,
  officialAt: ideaComments.officialAt,
  language: ideaComments.language,
  body: ideaComments.body,
  createdAt: ideaComments.createdAt,
  editedAt: ideaComments.editedAt,
  hiddenAt: ideaComments.hiddenAt,
  deletedAt: ideaComments.deletedAt,
  mergedFromTitle: duplicate.title,
  mergedFromLanguage: duplicate.language,
};

type Row = { [K in keyof typeof fields]: unknown } & { id: number; parentId: number | null; createdAt: Date; mergedFromTitle: string | null; mergedFromLanguage: "fr" | "az" | null };

function toPublic(row: Row): PublicComment {
  const state = row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible";
  const visible = state === "visible";
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: visible ? ((row.authorName as string | null) ?? null) : null,
    byIdeaAuthor: visible && !!row.byIdeaAuthor,
    byEditor: visible && !!row.byEditor,
    official: visible && !!row.officialAt,
    language: row.language as "fr" | "az",
    html: visible ? renderCommentMarkdown(row.body as string) : "",
    createdAt: row.createdAt,
    edited: !!row.editedAt,
    state,
    mergedFrom: visible && row.mergedFromTitle && row.mergedFromLanguage ? { title: row.mergedFromTitle, language: row.mergedFromLanguage } : null,
  };
}

/**
 * One page of an idea's discussion: top-level comments newest first from the
 * cursor on (keyset on the thread index; a new comment is at the top of the
 * first page), each with its replies oldest first (the replies index). A deleted comment keeps its place only while replies hang from it.
 */
export async function listCommentThreads(ideaId: number, after?: IdeaCursor): Promise<{ threads: CommentThread[]; next?: IdeaCursor }> {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [eq(ideaComments.ideaId, ideaId), sql`${ideaComments.parentId} is null`];
  if (after) conditions.push(sql`(${ideaComments.createdAt}, ${ideaComments.id}) < (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)`);
  const top = (await db
    .select(fields)
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .leftJoin(duplicate, eq(duplicate.id, ideaComments.mergedFrom))
    .where(and(...conditions))
    .orderBy(desc(ideaComments.createdAt), desc(ideaComments.id))
    .limit(COMMENTS_PAGE_SIZE + 1)) as Row[];
  const page = top.slice(0, COMMENTS_PAGE_SIZE);
  const last = page.at(-1);
  const next = top.length > COMMENTS_PAGE_SIZE && last ? { value: last.createdAt.getTime(), id: last.id } : undefined;
  if (page.length === 0) return { threads: [], next };

  // The page's replies in one query on the replies index; the cap bounds a page whatever a thread holds.
  const replyRows = (await db
    .select(fields)
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .leftJoin(duplicate, eq(duplicate.id, ideaComments.mergedFrom))
    .where(and(inArray(ideaComments.parentId, page.map((row) => row.id)), sql`${ideaComments.parentId} is not null`))
    .orderBy(asc(ideaComments.parentId), asc(ideaComments.createdAt), asc(ideaComments.id))
    .limit(COMMENTS_PAGE_SIZE * REPLIES_PER_COMMENT)) as Row[];

  const byParent = new Map<number, PublicComment[]>();
  for (const row of replyRows) {
    const reply = toPublic(row);
    if (reply.state === "deleted") continue;
    byParent.set(row.parentId!, [...(byParent.get(row.parentId!) ?? []), reply]);
  }
  const threads = page
    .map((row) => ({ ...toPublic(row), replies: byParent.get(row.id) ?? [] }))
    .filter((thread) => thread.state !== "deleted" || thread.replies.length > 0);
  return { threads, next };
}

/** The official answer of an idea, if an editor marked one: shown under the idea, above the discussion. */
export async function officialAnswerOf(ideaId: number): Promise<PublicComment | undefined> {
  const [row] = (await getDb()
    .select(fields)
    .from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .leftJoin(duplicate, eq(duplicate.id, ideaComments.mergedFrom))
    .where(and(eq(ideaComments.ideaId, ideaId), sql`${ideaComments.officialAt} is not null`, sql`${ideaComments.hiddenAt} is null`, sql`${ideaComments.deletedAt} is null`))
    .limit(1)) as Row[];
  return row ? toPublic(row) : undefined;
}

/** A short fingerprint of what a page of the discussion shows (ids, states, edits, official mark): it changes with any of them. */
export function discussionVersion(threads: CommentThread[]): string {
  let hash = 0x811c9dc5;
  const text = threads.flatMap((thread) => [thread, ...thread.replies]).map((c) => `${c.id}${c.state[0]}${c.edited ? "e" : ""}${c.official ? "o" : ""}`).join(",");
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
