import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideas } from "@/db/schema";
import type { IdeaInput } from "@/lib/validation/ideas";
import type { Caller } from "./access";

/** The caller's own ideas, newest first, with what the editors answered (withdrawn ones say so). */
export async function listMyIdeas(caller: Caller) {
  if (!caller) return [];
  return getDb()
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
    .where(eq(ideas.authorId, caller.id))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(200);
}

export type MyIdea = Awaited<ReturnType<typeof listMyIdeas>>[number];

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
