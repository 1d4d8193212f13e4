import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/keyset";
import { isUuid } from "@/lib/uuid";
import { adminRoles, hasRole } from "./roles";
import type { CurrentUser } from "./users";

// Read-only on purpose: the log is append-only, written by recordAudit alone.

export const AUDIT_PAGE_SIZE = 30;

export type AuditFilter = { actorId?: string; action?: string; cursor?: string };

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown> | null;
  actorId: string | null;
  actorName: string | null;
  targetName: string | null;
};

/** Admins only: newest first, a page at a time; `nextCursor` leads to older entries. */
export async function listAuditEntries(caller: CurrentUser | null, filter: AuditFilter): Promise<{ rows: AuditRow[]; nextCursor?: string } | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const actor = alias(users, "actor");
  const target = alias(users, "target");
  const conditions: SQL[] = [];
  if (filter.actorId && isUuid(filter.actorId)) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action.slice(0, 64)));
  const cursor = decodeCursor(filter.cursor);
  if (cursor) conditions.push(sql`(${auditLog.createdAt}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const found = await getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      cursorAt: sql<string>`${auditLog.createdAt}::text`,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      actorId: auditLog.actorId,
      actorName: actor.name,
      targetName: target.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    // target_id is text (an idea's id is a number); read as a uuid for users alone, so that the join uses users' key.
    .leftJoin(target, sql`${target.id} = (case when ${auditLog.targetType} = 'user' then ${auditLog.targetId}::uuid end)`)
    .where(and(...conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor = found.length > AUDIT_PAGE_SIZE && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : undefined;
  const rows = page.map((row): AuditRow => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    details: row.details,
    actorId: row.actorId,
    actorName: row.actorName,
    targetName: row.targetName,
  }));
  return { rows, nextCursor };
}

/** Admins only: the choices of the filter form. */
export async function listAuditFilterChoices(caller: CurrentUser | null): Promise<{ actors: { id: string; name: string }[]; actions: string[] } | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const db = getDb();
  const actors = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(asc(users.name), asc(users.id));
  const actions = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return { actors, actions: actions.map((row) => row.action) };
}
