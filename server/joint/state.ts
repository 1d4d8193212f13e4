import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Organisation } from "@/db/schema";
import { organisationsOf } from "@/server/organisations/membership";
import { editorRoles, hasRole } from "@/server/roles";
import type { CurrentUser } from "@/server/users";
import { jointTables, type JointKind } from "./kinds";
import { inOrder, signersOf, signersOfMany } from "./signers";
import { textHashOf } from "./text-hash";

export type JointApproval = { organisation: Organisation; approverName: string | null; approvedAt: Date };
export type JointState = {
  signers: Organisation[];
  approvals: JointApproval[];
  /** Signers without an approval of the current text. */
  missing: Organisation[];
  /** Asked to be published, waiting for `missing`. */
  awaiting: boolean;
  /** The missing signers the caller may approve for. */
  mayApprove: Organisation[];
  /** The text the page shows, which an approval is given for. */
  textHash: string;
};

/** Where a joint item stands, for its editor page; null when it has one signer. */
export async function jointStateFor(caller: CurrentUser | null, kind: JointKind, id: string): Promise<JointState | null> {
  // Who approved, and when, is for the editors.
  if (!hasRole(caller, editorRoles)) return null;
  const db = getDb();
  const { item, approvals } = jointTables[kind];
  return db.transaction(async (tx) => {
    const signers = await signersOf(tx, kind, id);
    if (signers.length < 2) return null;
    const [row] = await tx.select({ awaiting: item.awaitingApproval }).from(item).where(eq(item.id, id));
    const rows = await tx
      .select({ organisation: approvals.organisation, approverName: users.name, approvedAt: approvals.approvedAt })
      .from(approvals)
      .leftJoin(users, eq(users.id, approvals.approvedBy))
      .where(and(eq(approvals.itemId, id), inArray(approvals.organisation, signers)));
    const approved = rows.map((r) => r.organisation);
    const missing = signers.filter((organisation) => !approved.includes(organisation));
    const mine = await organisationsOf(caller, tx);
    return {
      signers,
      approvals: inOrder(approved).map((organisation) => rows.find((r) => r.organisation === organisation)!),
      missing,
      awaiting: Boolean(row?.awaiting),
      mayApprove: missing.filter((organisation) => mine.includes(organisation)),
      textHash: await textHashOf(tx, kind, id),
    };
  });
}

/** For the editors' lists: the signers each waiting item of the page still waits for, in a few queries for the page. */
export async function waitingForMany(kind: JointKind, ids: string[]): Promise<Map<string, Organisation[]>> {
  const waiting = new Map<string, Organisation[]>();
  if (!ids.length) return waiting;
  const db = getDb();
  const { item, approvals } = jointTables[kind];
  const awaiting = (await db.select({ id: item.id }).from(item).where(and(inArray(item.id, ids), eq(item.awaitingApproval, true)))).map((row) => row.id);
  if (!awaiting.length) return waiting;
  const signers = await signersOfMany(db, kind, awaiting);
  const approved = await db.select({ id: approvals.itemId, organisation: approvals.organisation }).from(approvals).where(inArray(approvals.itemId, awaiting));
  for (const id of awaiting) {
    const given = approved.filter((row) => row.id === id).map((row) => row.organisation);
    waiting.set(id, (signers.get(id) ?? []).filter((organisation) => !given.includes(organisation)));
  }
  return waiting;
}
