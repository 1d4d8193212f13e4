import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { ideaMilestones, ideas } from "@/db/schema";
import type { MilestoneInput } from "@/lib/validation/milestones";
import { recordAudit } from "../../audit";
import { organisationsOf } from "../../organisations/membership";
import { isEditor, type Caller } from "../access";
import { notifyFollowers } from "../follow";

export type MilestoneResult = { ok: true; ideaId: number; milestoneId: number } | { ok: false; reason: "forbidden" | "notFound" | "notRetained" | "otherOrganisation" };
type Refusal = Extract<MilestoneResult, { ok: false }>;
type Editor = NonNullable<Caller>;

/**
 * The idea a milestone belongs to, locked for the transaction (two editors'
 * changes to one timeline queue behind each other, so its summary counts
 * right), or the refusal. A retained idea's progress is written by the
 * organisation that retained it (`answered_by`), read again here from the
 * database; an admin acts for all, and alone for an idea retained before
 * answers were signed.
 */
async function lockRetainedIdea(tx: Tx, editor: Editor, ideaId: number): Promise<{ ok: true } | Refusal> {
  const [idea] = await tx.select({ status: ideas.status, answeredBy: ideas.answeredBy }).from(ideas).where(eq(ideas.id, ideaId)).for("update");
  if (!idea) return { ok: false, reason: "notFound" };
  if (idea.status !== "retained") return { ok: false, reason: "notRetained" };
  const mine = await organisationsOf(editor, tx);
  const speaks = idea.answeredBy ? mine.includes(idea.answeredBy) : editor.role === "admin";
  return speaks ? { ok: true } : { ok: false, reason: "otherOrganisation" };
}

/** The idea's progress as the action plan lists it: its latest milestone's status (by date), how many there are, how many done. */
async function summarise(tx: Tx, ideaId: number): Promise<void> {
  await tx
    .update(ideas)
    .set({
      progressStatus: sql`(select m.status from ${ideaMilestones} m where m.idea_id = ${ideaId} order by m.happened_on desc, m.id desc limit 1)`,
      milestoneCount: sql`(select count(*)::int from ${ideaMilestones} m where m.idea_id = ${ideaId})`,
      milestonesDone: sql`(select count(*)::int from ${ideaMilestones} m where m.idea_id = ${ideaId} and m.status = 'done')`,
      updatedAt: sql`now()`,
    })
    .where(eq(ideas.id, ideaId));
}

function columns(input: MilestoneInput) {
  return {
    happenedOn: input.date,
    status: input.status,
    textFr: input.text.fr ?? null,
    textAz: input.text.az ?? null,
    reasonFr: input.status === "abandoned" ? (input.reason.fr ?? null) : null,
    reasonAz: input.status === "abandoned" ? (input.reason.az ?? null) : null,
    photo: input.photo,
    photoAltFr: input.photo ? (input.photoAlt.fr ?? null) : null,
    photoAltAz: input.photo ? (input.photoAlt.az ?? null) : null,
  };
}

/** What the audit log keeps of a step: its date and status, enough for the sentence that tells it. */
const auditDetails = (milestoneId: number, input: Pick<MilestoneInput, "date" | "status">) => ({ milestoneId, date: input.date, status: input.status });

/** An editor of the organisation that retained the idea adds a step to its timeline. */
export async function addMilestone(caller: Caller, ideaId: number, input: MilestoneInput): Promise<MilestoneResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const locked = await lockRetainedIdea(tx, caller, ideaId);
    if (!locked.ok) return locked;
    const [row] = await tx
      .insert(ideaMilestones)
      .values({ ideaId, ...columns(input), createdBy: caller.id })
      .returning({ id: ideaMilestones.id });
    await summarise(tx, ideaId);
    await notifyFollowers(tx, ideaId, "milestone", caller.id);
    await recordAudit(tx, { actorId: caller.id, action: "idea.milestone_add", targetType: "idea", targetId: String(ideaId), details: auditDetails(row.id, input) });
    return { ok: true, ideaId, milestoneId: row.id };
  });
}

/** The idea a milestone belongs to, or undefined; the lock is then taken on the idea. */
async function ideaOf(tx: Tx, milestoneId: number): Promise<number | undefined> {
  const [row] = await tx.select({ ideaId: ideaMilestones.ideaId }).from(ideaMilestones).where(eq(ideaMilestones.id, milestoneId));
  return row?.ideaId;
}

/** An editor of the organisation that retained the idea changes one of its steps. */
export async function updateMilestone(caller: Caller, milestoneId: number, input: MilestoneInput): Promise<MilestoneResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const ideaId = await ideaOf(tx, milestoneId);
    if (!ideaId) return { ok: false, reason: "notFound" };
    const locked = await lockRetainedIdea(tx, caller, ideaId);
    if (!locked.ok) return locked;
    const updated = await tx
      .update(ideaMilestones)
      .set({ ...columns(input), updatedAt: sql`now()` })
      .where(and(eq(ideaMilestones.id, milestoneId), eq(ideaMilestones.ideaId, ideaId)))
      .returning({ id: ideaMilestones.id });
    if (!updated.length) return { ok: false, reason: "notFound" };
    await summarise(tx, ideaId);
    await recordAudit(tx, { actorId: caller.id, action: "idea.milestone_edit", targetType: "idea", targetId: String(ideaId), details: auditDetails(milestoneId, input) });
    return { ok: true, ideaId, milestoneId };
  });
}

/** An editor of the organisation that retained the idea deletes one of its steps. */
export async function deleteMilestone(caller: Caller, milestoneId: number): Promise<MilestoneResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    const ideaId = await ideaOf(tx, milestoneId);
    if (!ideaId) return { ok: false, reason: "notFound" };
    const locked = await lockRetainedIdea(tx, caller, ideaId);
    if (!locked.ok) return locked;
    const [deleted] = await tx
      .delete(ideaMilestones)
      .where(and(eq(ideaMilestones.id, milestoneId), eq(ideaMilestones.ideaId, ideaId)))
      .returning({ date: ideaMilestones.happenedOn, status: ideaMilestones.status });
    if (!deleted) return { ok: false, reason: "notFound" };
    await summarise(tx, ideaId);
    await recordAudit(tx, { actorId: caller.id, action: "idea.milestone_delete", targetType: "idea", targetId: String(ideaId), details: auditDetails(milestoneId, deleted) });
    return { ok: true, ideaId, milestoneId };
  });
}
