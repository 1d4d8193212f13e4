import "server-only";
import { and, asc, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { organisations as allOrganisations, userOrganisations, users, type Organisation, type Role } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/keyset";
import { escapeLike } from "@/lib/text-fold";
import { recordAudit } from "./audit";
import { adminRoles, editorRoles, hasRole } from "./roles";
import { endAllSessions } from "./user-sessions";
import type { CurrentUser } from "./users";

export const USERS_PAGE_SIZE = 20;

export type UserListItem = { id: string; name: string; email: string; role: Role; bannedAt: Date | null; createdAt: Date; organisations: Organisation[] };

/** `matching`: how many members a search finds (a count of every member would read the whole table). */
export type UserList = { items: UserListItem[]; matching?: number; nextCursor?: string };

/**
 * Admins only: members whose name or email contains `query` (case, accents
 * and Azerbaijani letters aside: "aliyev" finds "ƏLİYEV"), newest first, a
 * page at a time; `nextCursor` leads to the next, older page (keyset on
 * created_at and id, so that the last page costs what the first does).
 */
export async function listUsers(caller: CurrentUser | null, options: { query?: string; cursor?: string }): Promise<UserList | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const query = options.query?.trim().slice(0, 100) ?? "";
  // The same fold on both sides, in SQL: users.search_key is portal_fold(name || ' ' || email).
  const matches = query ? sql`${users.searchKey} like '%' || portal_fold(${escapeLike(query)}) || '%'` : undefined;
  const cursor = decodeCursor(options.cursor);
  const after = cursor ? sql`(${users.createdAt}, ${users.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
  const db = getDb();
  const [matching, found] = await Promise.all([
    matches ? db.select({ total: count() }).from(users).where(matches).then(([row]) => row.total) : undefined,
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        bannedAt: users.bannedAt,
        createdAt: users.createdAt,
        cursorAt: sql<string>`${users.createdAt}::text`,
        // Text, not an enum array: neither driver parses arrays of a custom enum.
        organisations: sql<string>`(select coalesce(string_agg(${userOrganisations.organisation}::text, ','), '') from ${userOrganisations} where ${userOrganisations.userId} = ${users.id})`,
      })
      .from(users)
      .where(and(matches, after))
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(USERS_PAGE_SIZE + 1),
  ]);
  const page = found.slice(0, USERS_PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor = found.length > USERS_PAGE_SIZE && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : undefined;
  const items = page.map(({ id, name, email, role, bannedAt, createdAt, organisations }): UserListItem => ({
    id,
    name,
    email,
    role,
    bannedAt,
    createdAt,
    organisations: allOrganisations.filter((o) => organisations.split(",").includes(o)),
  }));
  return { items, matching, nextCursor };
}

/** Editors and admins: accounts created in the last seven days. */
export async function countNewMembers(caller: CurrentUser | null, now = new Date()): Promise<number | null> {
  if (!hasRole(caller, editorRoles)) return null;
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60_000);
  const [{ total }] = await getDb().select({ total: count() }).from(users).where(gte(users.createdAt, weekAgo));
  return total;
}

export type ManageResult = { ok: true } | { ok: false; reason: "forbidden" | "self" | "notFound" | "lastAdmin" };

/**
 * Locks every active admin's row, in a fixed order, then the target's. Two
 * admins acting at once are thus serialised, and the second sees the first's
 * change: neither can leave the portal without an admin.
 */
export async function lockAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.bannedAt)))
    .orderBy(asc(users.id))
    .for("update");
  return rows.map((row) => row.id);
}

async function manageUser(
  caller: CurrentUser | null,
  targetId: string,
  apply: (tx: Tx, target: typeof users.$inferSelect, actor: CurrentUser) => Promise<{ removesAdmin: boolean; write?: () => Promise<void> }>,
): Promise<ManageResult> {
  if (!hasRole(caller, adminRoles)) return { ok: false, reason: "forbidden" };
  if (caller.id === targetId) return { ok: false, reason: "self" };
  return getDb().transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    // The caller's role is read again under the lock: it may have just been taken away.
    if (!admins.includes(caller.id)) return { ok: false, reason: "forbidden" };
    const [target] = await tx.select().from(users).where(eq(users.id, targetId)).for("update");
    if (!target) return { ok: false, reason: "notFound" };
    const plan = await apply(tx, target, caller);
    if (plan.removesAdmin && admins.includes(target.id) && admins.length <= 1) return { ok: false, reason: "lastAdmin" };
    await plan.write?.();
    return { ok: true };
  });
}

/** Admins only; ends the member's sessions, so that the new role applies at once. */
export function changeUserRole(caller: CurrentUser | null, targetId: string, role: Role): Promise<ManageResult> {
  return manageUser(caller, targetId, async (tx, target, actor) => ({
    removesAdmin: role !== "admin",
    write:
      target.role === role
        ? undefined
        : async () => {
            await tx.update(users).set({ role, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, target.id));
            await endAllSessions(tx, target.id);
            await recordAudit(tx, { actorId: actor.id, action: "user.role_change", targetType: "user", targetId: target.id, details: { from: target.role, to: role } });
          },
  }));
}

/** Admins only; a banned member is signed out at once and cannot sign in. */
export function setUserBanned(caller: CurrentUser | null, targetId: string, banned: boolean, reason?: string): Promise<ManageResult> {
  return manageUser(caller, targetId, async (tx, target, actor) => ({
    removesAdmin: banned,
    write:
      !!target.bannedAt === banned
        ? undefined
        : async () => {
            await tx
              .update(users)
              .set(banned ? { bannedAt: new Date(), banReason: reason ?? null, sessionVersion: sql`${users.sessionVersion} + 1` } : { bannedAt: null, banReason: null })
              .where(eq(users.id, target.id));
            if (banned) await endAllSessions(tx, target.id);
            await recordAudit(tx, { actorId: actor.id, action: banned ? "user.ban" : "user.unban", targetType: "user", targetId: target.id, ...(banned && reason ? { details: { reason } } : {}) });
          },
  }));
}

/**
 * Admins only: the organisations an editor speaks for (an admin speaks for all,
 * whatever is set here). Takes effect at the editor's next action: every
 * mutation reads the memberships again (server/organisations/membership.ts).
 */
export function setUserOrganisations(caller: CurrentUser | null, targetId: string, wanted: Organisation[]): Promise<ManageResult> {
  return manageUser(caller, targetId, async (tx, target, actor) => {
    const rows = await tx.select({ organisation: userOrganisations.organisation }).from(userOrganisations).where(eq(userOrganisations.userId, target.id));
    const before = allOrganisations.filter((o) => rows.some((row) => row.organisation === o));
    const after = allOrganisations.filter((o) => wanted.includes(o));
    return {
      removesAdmin: false,
      write:
        before.join() === after.join()
          ? undefined
          : async () => {
              await tx.delete(userOrganisations).where(eq(userOrganisations.userId, target.id));
              if (after.length) await tx.insert(userOrganisations).values(after.map((organisation) => ({ userId: target.id, organisation })));
              await recordAudit(tx, { actorId: actor.id, action: "user.organisations", targetType: "user", targetId: target.id, details: { from: before, to: after } });
            },
    };
  });
}
