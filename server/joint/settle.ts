import "server-only";
import { and, eq, ne, notInArray, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { articles, events, type Organisation } from "@/db/schema";
import { recordAudit } from "@/server/audit";
import type { CurrentUser } from "@/server/users";
import { jointTables, type JointKind } from "./kinds";
import { inOrder, signersOf } from "./signers";
import { textHashOf } from "./text-hash";

/** Deletes the approvals given for another text, or by an organisation that no longer signs; audited. */
export async function dropStaleApprovals(tx: Tx, kind: JointKind, id: string, hash: string, signers: Organisation[], actorId: string | null): Promise<Organisation[]> {
  const { approvals } = jointTables[kind];
  const stale = or(ne(approvals.textHash, hash), signers.length ? notInArray(approvals.organisation, signers) : undefined);
  const dropped = await tx.delete(approvals).where(and(eq(approvals.itemId, id), stale)).returning({ organisation: approvals.organisation });
  const organisations = inOrder(dropped.map((row) => row.organisation));
  if (organisations.length) await recordAudit(tx, { actorId, action: `${kind}.approvals_reset`, targetType: kind, targetId: id, details: { organisations } });
  return organisations;
}

/** Records the approvals of `ours` not given yet, for the text `hash`; audited. Returns the organisations that now approve. */
export async function addApprovals(tx: Tx, kind: JointKind, id: string, ours: Organisation[], hash: string, caller: CurrentUser): Promise<{ added: Organisation[]; approved: Organisation[] }> {
  const { approvals } = jointTables[kind];
  const added = ours.length
    ? (await tx.insert(approvals).values(ours.map((organisation) => ({ itemId: id, organisation, approvedBy: caller.id, textHash: hash }))).onConflictDoNothing().returning({ organisation: approvals.organisation })).map((row) => row.organisation)
    : [];
  const rows = await tx.select({ organisation: approvals.organisation }).from(approvals).where(eq(approvals.itemId, id));
  return { added: inOrder(added), approved: inOrder(rows.map((row) => row.organisation)) };
}

export async function auditApproval(tx: Tx, kind: JointKind, id: string, caller: CurrentUser, organisations: Organisation[], published: boolean): Promise<void> {
  await recordAudit(tx, { actorId: caller.id, action: `${kind}.approve`, targetType: kind, targetId: id, details: { organisations, published } });
}

export type SaveContext = {
  caller: CurrentUser;
  /** The organisations the caller speaks for (read in the transaction). */
  mine: Organisation[];
  /** The editor asked for it to be published (or scheduled). */
  wantsPublished: boolean;
  /** Before the save: its text's hash (null for a new item) and whether it was published. */
  hashBefore: string | null;
  wasPublished: boolean;
  /** An article's date as asked (null: when it goes live). */
  requestedAt?: Date | null;
};

/**
 * After a save, in its transaction (the item's row is locked by it): a joint
 * item asked to be published goes live only once each signer approved its
 * text. The save's author approves for the signers they speak for; approvals
 * of an older text are dropped; while one is missing, the item stays (or goes
 * back to) a draft waiting for it, and `approveJointItem` publishes it with
 * the last approval. A published item saved with its text unchanged stays
 * published. Returns the signers it waits for.
 */
export async function settleJointSave(tx: Tx, kind: JointKind, id: string, context: SaveContext): Promise<{ waitingFor: Organisation[] }> {
  const { item } = jointTables[kind];
  const signers = await signersOf(tx, kind, id);
  const hash = await textHashOf(tx, kind, id);
  await dropStaleApprovals(tx, kind, id, hash, signers, context.caller.id);
  const settled = (waitingFor: Organisation[], awaiting: boolean) => tx.update(item).set({ awaitingApproval: awaiting }).where(eq(item.id, id)).then(() => ({ waitingFor }));
  if (signers.length < 2 || !context.wantsPublished) return settled([], false);

  const ours = signers.filter((organisation) => context.mine.includes(organisation));
  const { added, approved } = await addApprovals(tx, kind, id, ours, hash, context.caller);
  const missing = signers.filter((organisation) => !approved.includes(organisation));
  const unchangedAndLive = context.wasPublished && context.hashBefore === hash;
  if (added.length) await auditApproval(tx, kind, id, context.caller, added, missing.length === 0 || unchangedAndLive);
  if (missing.length === 0 || unchangedAndLive) return settled([], false);

  if (kind === "article") {
    // Back to a draft; a published statement keeps its first date, a new one the date asked for.
    const publishedAt = context.wasPublished ? undefined : (context.requestedAt ?? null);
    await tx.update(articles).set({ status: "draft", awaitingApproval: true, ...(publishedAt === undefined ? {} : { publishedAt }) }).where(eq(articles.id, id));
  } else {
    await tx.update(events).set({ status: "draft", awaitingApproval: true }).where(eq(events.id, id));
  }
  return { waitingFor: missing };
}
