import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { ideaComments, ideaFollows, ideaSupports, ideas, users } from "@/db/schema";
import { recordAudit } from "../audit";
import { queueMail } from "../mail";
import { organisationsOf } from "../organisations/membership";
import { ideaIsPublic, isEditor, type Caller } from "./access";
import { ideaMergedMail } from "./status-mail";

/** `id`: the duplicate, at the version the editor saw; `into`: the idea that stays. */
export type MergeRequest = { id: number; version: number; into: number };
export type MergeFailure = "forbidden" | "notFound" | "conflict" | "mergeSelf" | "mergeSourceNotPublic" | "mergeTargetNotPublic" | "otherOrganisation" | "mergeSourceRetained";
/** `supports`: what the duplicate had; `moved`: those the idea that stays gained (the others were already counted there). */
export type MergeResult = { ok: true; supports: number; moved: number } | { ok: false; reason: MergeFailure };

/** Both rows, locked in the order of their ids so that two merges of the same pair the other way round cannot deadlock. */
async function lockPair(tx: Tx, ids: [number, number]) {
  return tx
    .select({
      id: ideas.id,
      status: ideas.status,
      hiddenAt: ideas.hiddenAt,
      answeredBy: ideas.answeredBy,
      version: ideas.version,
      title: ideas.title,
      authorId: ideas.authorId,
    })
    .from(ideas)
    .where(inArray(ideas.id, ids))
    .orderBy(asc(ideas.id))
    .for("update");
}

/**
 * Merges a duplicate into another public idea, in one transaction: the
 * duplicate's supports move to the idea that stays (a member who supported
 * both keeps one support), whose count is then read from its rows, and so do
 * its followers and its discussion (each comment marked as written there); the
 * duplicate becomes "merged", leaves the gallery and its address leads to the
 * other idea (so do the ideas merged into it before); the audit log says so,
 * and its author is told. An idea one organisation answered is that
 * organisation's: its editors alone (or an admin) merge it, or merge into it.
 */
export async function mergeIdea(caller: Caller, request: MergeRequest): Promise<MergeResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  if (request.id === request.into) return { ok: false, reason: "mergeSelf" };
  return getDb().transaction(async (tx): Promise<MergeResult> => {
    const rows = await lockPair(tx, [request.id, request.into]);
    const source = rows.find((row) => row.id === request.id);
    const target = rows.find((row) => row.id === request.into);
    if (!source) return { ok: false, reason: "notFound" };
    if (source.version !== request.version) return { ok: false, reason: "conflict" };
    if (!ideaIsPublic(source)) return { ok: false, reason: "mergeSourceNotPublic" };
    if (!target || !ideaIsPublic(target)) return { ok: false, reason: "mergeTargetNotPublic" };
    const mine = await organisationsOf(caller, tx);
    if ((source.answeredBy && !mine.includes(source.answeredBy)) || (target.answeredBy && !mine.includes(target.answeredBy))) return { ok: false, reason: "otherOrganisation" };
    // A retained idea carries its answer and its progress on the action plan: the duplicate is merged into it, not it away.
    if (source.status === "retained") return { ok: false, reason: "mergeSourceRetained" };

    // The target's author cannot support their own idea: their support of the duplicate goes with it.
    const moved = await tx.execute<{ user_id: string }>(sql`
      insert into ${ideaSupports} (idea_id, user_id, created_at)
      select ${target.id}::integer, s.user_id, s.created_at from ${ideaSupports} s
      where s.idea_id = ${source.id}::integer and s.user_id is distinct from ${target.authorId}::uuid
      on conflict do nothing
      returning user_id`);
    const removed = await tx.delete(ideaSupports).where(eq(ideaSupports.ideaId, source.id)).returning({ userId: ideaSupports.userId });
    // Its followers follow the idea it went into (one who had stopped following either keeps their word there).
    await tx.execute(sql`
      insert into ${ideaFollows} (idea_id, user_id, following, created_at)
      select ${target.id}::integer, f.user_id, f.following, f.created_at from ${ideaFollows} f where f.idea_id = ${source.id}::integer
      on conflict do nothing`);
    // Its discussion goes along, each comment saying where it was written; an official answer there answered the
    // duplicate, not this idea. Threads first, then their replies: each step on its own index.
    const moveComments = { ideaId: target.id, mergedFrom: sql`coalesce(${ideaComments.mergedFrom}, ${source.id}::integer)`, officialAt: null };
    const moving = { id: ideaComments.id, hiddenAt: ideaComments.hiddenAt, deletedAt: ideaComments.deletedAt };
    const threads = await tx
      .update(ideaComments)
      .set(moveComments)
      .where(and(eq(ideaComments.ideaId, source.id), isNull(ideaComments.parentId)))
      .returning(moving);
    const replies = threads.length
      ? await tx.update(ideaComments).set(moveComments).where(inArray(ideaComments.parentId, threads.map((thread) => thread.id))).returning(moving)
      : [];
    const shownComments = [...threads, ...replies].filter((comment) => !comment.hiddenAt && !comment.deletedAt).length;
    const movedCount = rowsOf<{ user_id: string }>(moved).length;
    await tx
      .update(ideas)
      .set({
        supportCount: sql`(select count(*)::integer from ${ideaSupports} where ${ideaSupports.ideaId} = ${target.id}::integer)`,
        commentCount: sql`${ideas.commentCount} + ${shownComments}::integer`,
        version: sql`${ideas.version} + 1`, updatedAt: sql`now()` })
      .where(eq(ideas.id, target.id));
    await tx
      .update(ideas)
      .set({ status: "merged", mergedInto: target.id, supportCount: 0, commentCount: 0, version: sql`${ideas.version} + 1`, moderatedAt: sql`now()`, moderatedBy: caller.id, updatedAt: sql`now()` })
      .where(eq(ideas.id, source.id));
    // What was merged into the duplicate now leads straight to the idea that stays.
    await tx.update(ideas).set({ mergedInto: target.id, updatedAt: sql`now()` }).where(eq(ideas.mergedInto, source.id));

    await recordAudit(tx, {
      actorId: caller.id,
      action: "idea.merge",
      targetType: "idea",
      targetId: String(source.id),
      details: { from: source.status, to: "merged", into: target.id, intoTitle: target.title, supports: removed.length, moved: movedCount },
    });
    await tellAuthor(tx, source, target);
    return { ok: true, supports: removed.length, moved: movedCount };
  });
}

// postgres.js returns the rows themselves, PGlite an object that holds them.
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** The duplicate's author learns where their idea went (unless they deleted their account, or wrote both). */
async function tellAuthor(tx: Tx, source: { id: number; title: string; authorId: string | null }, target: { id: number; title: string; authorId: string | null }) {
  if (!source.authorId || source.authorId === target.authorId) return;
  const [author] = await tx.select({ id: users.id, name: users.name, email: users.email, locale: users.preferredLocale }).from(users).where(and(eq(users.id, source.authorId)));
  if (!author) return;
  const mail = ideaMergedMail(author.locale, { name: author.name, title: source.title, into: { id: target.id, title: target.title } });
  await queueMail(tx, { to: author.email, userId: author.id, locale: author.locale, ...mail });
}

/** Where a merged idea's address leads: the idea it was merged into, or undefined. */
export async function mergedInto(id: number): Promise<number | undefined> {
  const [row] = await getDb()
    .select({ into: ideas.mergedInto })
    .from(ideas)
    .where(and(eq(ideas.id, id), eq(ideas.status, "merged")));
  return row?.into ?? undefined;
}

/** The title and language of an idea merged into `into`, for the notice on the page its old address leads to. */
export async function mergedIdeaShownOn(id: number, into: number) {
  const [row] = await getDb()
    .select({ title: ideas.title, language: ideas.language })
    .from(ideas)
    .where(and(eq(ideas.id, id), eq(ideas.status, "merged"), eq(ideas.mergedInto, into)));
  return row;
}
