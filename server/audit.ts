import "server-only";
import type { Db, Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

/** Appends to the audit log; pass the transaction of the change it records. */
export async function recordAudit(db: Db | Tx, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({ ...entry, targetId: entry.targetId ?? null });
}
