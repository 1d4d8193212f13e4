import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideas } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import type { IdeaInput } from "@/lib/validation/ideas";
import type { Caller } from "./access";

/** Ideas a page of the account shows; older ones are a page further (keyset: createdAt, id). */
export const MY_IDEAS_PAGE_SIZE = 10;

/** The caller's own ideas, newest first, with what the editors answered (withdrawn ones say so), a page at a time. */
export async function listMyIdeas(caller: Caller, after?: IdeaCursor) {
  if (!caller) return { ideas: [], next: undefined };
  const rows = await getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      language: ideas.language,
      status: ideas.status,
      hiddenAt: ideas.hiddenAt,
      rejectionReason: ideas.rejectionReason,
      publicAnswer: ideas.publicAnswer,
      supportCount: ideas.supportCount,
      createdAt: ideas.createdAt,
    })
    .from(ideas)
    .where(
      and(
        eq(ideas.authorId, caller.id),
        after ? sql`(${ideas.createdAt}, ${ideas.id}) < (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)` : undefined,
      ),
    )
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(MY_IDEAS_PAGE_SIZE + 1);
  const { page, next } = keysetPage(rows, MY_IDEAS_PAGE_SIZE, (row) => row.createdAt.getTime());
  return { ideas: page, next };
}

export type MyIdea = Awaited<ReturnType<typeof listMyIdeas>>["ideas"][number];

/** An idea its author may still change: their own and pending. */
export async function getEditableIdea(caller: Caller, id: number) {
  if (!caller) return undefined;
  const [idea] = await getDb()
    .select()
    .from(ideas)
    .where(and(eq(ideas.id, id), eq(ideas.authorId, caller.id), eq(ideas.status, "pending")));
  return idea;
}

export type AuthorChangeResult = { ok: true } | { ok: false; reason: "signedOut" | "notEditable" };

/** Only while pending: the condition is in the update itself, so a moderation that just happened wins. */
export async function updatePendingIdea(caller: Caller, id: number, input: IdeaInput): Promise<AuthorChangeResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const updated = await getDb()
    .update(ideas)
    .set({ ...input, version: sql`${ideas.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ideas.id, id), eq(ideas.authorId, caller.id), eq(ideas.status, "pending")))
    .returning({ id: ideas.id });
  return updated.length ? { ok: true } : { ok: false, reason: "notEditable" };
}

export async function withdrawIdea(caller: Caller, id: number): Promise<AuthorChangeResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const updated = await getDb()
    .update(ideas)
    .set({ status: "withdrawn", version: sql`${ideas.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ideas.id, id), eq(ideas.authorId, caller.id), eq(ideas.status, "pending")))
    .returning({ id: ideas.id });
  return updated.length ? { ok: true } : { ok: false, reason: "notEditable" };
}
