import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { ideaReports, ideas, users, type IdeaStatus, type Organisation } from "@/db/schema";
import type { ModerationDecisionKind } from "@/lib/validation/ideas";
import { recordAudit } from "../audit";
import { queueMail } from "../mail";
import { organisationsOf } from "../organisations/membership";
import { isEditor, type Caller } from "./access";
import { notifyFollowers } from "./follow";
import { ideaStatusMail } from "./status-mail";

/** `organisation`: who gives a retained idea's answer and signs it; one of the editor's. */
export type Decision = { id: number; version: number; decision: ModerationDecisionKind; reason?: string; answer?: string; organisation?: Organisation };
export type ModerationAction = "approve" | "restore" | "reject" | "retain";
export type DecisionOutcome = ModerationAction | "conflict" | "notFound" | "otherOrganisation";
export type ModerationResult = { ok: true; action: ModerationAction } | { ok: false; reason: "forbidden" | "conflict" | "notFound" | "otherOrganisation" };

type Current = { status: IdeaStatus; hidden: boolean };

/**
 * What a decision may do from where the idea stands: a pending or hidden idea
 * gets any decision; a visible published idea can still be retained.
 */
function nextStatus(current: Current, decision: ModerationDecisionKind): IdeaStatus | undefined {
  const inQueue = current.status === "pending" || current.hidden;
  if (decision === "retain") return current.status === "pending" || current.status === "published" || current.hidden ? "retained" : undefined;
  if (!inQueue) return undefined;
  if (decision === "reject") return "rejected";
  // Approving a hidden idea puts it back as it was (published or retained).
  return current.status === "pending" ? "published" : current.status;
}

/** Marks the open reports of an idea as rejected; returns how many. */
async function rejectReports(tx: Tx, ideaId: number): Promise<number> {
  const rejected = await tx
    .update(ideaReports)
    .set({ rejectedAt: sql`now()` })
    .where(and(eq(ideaReports.ideaId, ideaId), isNull(ideaReports.rejectedAt)))
    .returning({ reporterId: ideaReports.reporterId });
  return rejected.length;
}

/**
 * One decision, inside the caller's transaction. The update only applies to
 * the version of the idea the editor saw: when two editors decide at once, the
 * second update finds the version moved and changes nothing.
 */
async function decide(tx: Tx, editor: NonNullable<Caller>, mine: readonly Organisation[], decision: Decision, bulk: boolean): Promise<DecisionOutcome> {
  const [idea] = await tx
    .select({
      answeredBy: ideas.answeredBy,
      status: ideas.status,
      hiddenAt: ideas.hiddenAt,
      version: ideas.version,
      title: ideas.title,
      authorName: users.name,
      authorId: users.id,
      authorEmail: users.email,
      authorLocale: users.preferredLocale,
    })
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(eq(ideas.id, decision.id));
  if (!idea) return "notFound";
  if (idea.version !== decision.version) return "conflict";
  // An idea one organisation answered is that organisation's to decide on again; an answer is given only in the name of one's own.
  if (idea.answeredBy && !mine.includes(idea.answeredBy)) return "otherOrganisation";
  if (decision.decision === "retain" && (!decision.organisation || !mine.includes(decision.organisation))) return "otherOrganisation";
  const status = nextStatus({ status: idea.status, hidden: !!idea.hiddenAt }, decision.decision);
  if (!status) return "conflict";
  const cleared = !!idea.hiddenAt && status !== "rejected";

  const updated = await tx
    .update(ideas)
    .set({
      status,
      rejectionReason: status === "rejected" ? decision.reason : null,
      publicAnswer: status === "retained" ? decision.answer : status === "rejected" ? null : sql`${ideas.publicAnswer}`,
      answeredBy: status === "retained" ? decision.organisation : status === "rejected" ? null : sql`${ideas.answeredBy}`,
      publishedAt: status === "published" || status === "retained" ? sql`coalesce(${ideas.publishedAt}, now())` : sql`${ideas.publishedAt}`,
      hiddenAt: null,
      reportCount: 0,
      // An editor who puts a hidden idea back has judged it: further reports would only hide it again.
      reportsLockedAt: cleared ? sql`coalesce(${ideas.reportsLockedAt}, now())` : sql`${ideas.reportsLockedAt}`,
      version: sql`${ideas.version} + 1`,
      moderatedAt: sql`now()`,
      moderatedBy: editor.id,
      updatedAt: sql`now()`,
    })
    .where(and(eq(ideas.id, decision.id), eq(ideas.version, decision.version)))
    .returning({ id: ideas.id });
  if (!updated.length) return "conflict";
  // The reports that hid it were unfounded: each counts against its reporter's right to report.
  const rejectedReports = cleared ? await rejectReports(tx, decision.id) : undefined;

  const action: ModerationAction = idea.hiddenAt && status === idea.status ? "restore" : decision.decision;
  await recordAudit(tx, {
    actorId: editor.id,
    action: `idea.${action}`,
    targetType: "idea",
    targetId: String(decision.id),
    details: {
      from: idea.status,
      to: status,
      wasHidden: !!idea.hiddenAt,
      reason: decision.reason || undefined,
      answer: decision.answer || undefined,
      organisation: status === "retained" ? decision.organisation : undefined,
      bulk: bulk || undefined,
      rejectedReports,
      reportsLocked: cleared || undefined,
    },
  });
  // Its followers are told when it is retained (its author also by mail, below). Publishing or refusing a waiting idea is for
  // its author only, who has the mail; the organisers' answer to a public idea is the official answer (comments/moderation.ts).
  if (status === "retained" && idea.status !== "retained") await notifyFollowers(tx, decision.id, "retained", editor.id);
  // An author who deleted their account is told nothing: there is no one to tell.
  if (status !== idea.status && idea.authorId && idea.authorEmail && idea.authorLocale) {
    const mail = ideaStatusMail(idea.authorLocale, {
      id: decision.id,
      name: idea.authorName ?? "",
      title: idea.title,
      status,
      reason: decision.reason,
      answer: decision.answer,
    });
    await queueMail(tx, { to: idea.authorEmail, userId: idea.authorId, locale: idea.authorLocale, ...mail });
  }
  return action;
}

export async function moderateIdea(caller: Caller, decision: Decision): Promise<ModerationResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  const outcome = await getDb().transaction(async (tx) => decide(tx, caller, await organisationsOf(caller, tx), decision, false));
  return outcome === "conflict" || outcome === "notFound" || outcome === "otherOrganisation" ? { ok: false, reason: outcome } : { ok: true, action: outcome };
}

export type BulkResult = { ok: true; done: number; skipped: number } | { ok: false; reason: "forbidden" };

/** Several ideas at once; an idea someone else just moderated is skipped and counted, not overwritten. */
export async function moderateIdeas(
  caller: Caller,
  selection: { id: number; version: number }[],
  decision: { decision: "approve" | "reject"; reason?: string },
): Promise<BulkResult> {
  if (!isEditor(caller)) return { ok: false, reason: "forbidden" };
  return getDb().transaction(async (tx) => {
    let done = 0;
    const mine = await organisationsOf(caller, tx);
    // Always in the same order, so that two editors' overlapping batches cannot deadlock.
    for (const item of [...selection].sort((a, b) => a.id - b.id)) {
      const outcome = await decide(tx, caller, mine, { ...item, ...decision }, true);
      if (outcome !== "conflict" && outcome !== "notFound" && outcome !== "otherOrganisation") done += 1;
    }
    return { ok: true, done, skipped: selection.length - done };
  });
}
