import "server-only";
import { and, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { userSessions } from "@/db/schema";
import { coarseAddress, describeDevice } from "@/lib/session-device";
import type { CurrentUser } from "./users";

/** The signed-in caller and the session row their cookie names. */
export type SessionCaller = { user: CurrentUser; sessionId: string };

/** As long as Auth.js keeps a cookie alive without use (auth.config.ts): a row idle longer has no live token. */
export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 30;
/** How stale `last_seen_at` may get: a write every few minutes per session, not one per request. */
export const LAST_SEEN_STEP_MS = 5 * 60_000;

const idleSince = () => new Date(Date.now() - SESSION_MAX_AGE_S * 1000);

/** A new session row for a sign-in; its id goes into the JWT. Rows of the user's long-dead cookies go. */
export async function startSession(userId: string, origin: { userAgent: string | null; address: string }): Promise<string> {
  const db = getDb();
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.lastSeenAt, idleSince())));
  const [row] = await db
    .insert(userSessions)
    .values({ userId, ...describeDevice(origin.userAgent), address: coarseAddress(origin.address) })
    .returning({ id: userSessions.id });
  return row.id;
}

/** Moves `last_seen_at` on, once per step whatever the number of requests or instances. */
export async function touchSession(sessionId: string): Promise<void> {
  await getDb()
    .update(userSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, new Date(Date.now() - LAST_SEEN_STEP_MS))));
}

/** Sign-out: the row goes, so a copy of the cookie kept anywhere is dead at its next request. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await getDb()
    .delete(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)));
}

/** Every session of a user (ban, role change, new password), inside the transaction that makes the change. */
export async function endAllSessions(db: Db | Tx, userId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
}

export type ActiveSession = {
  id: string;
  browser: string | null;
  os: string | null;
  address: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

/** The caller's own live sessions, this one first, then the most recently seen. */
export async function listOwnSessions(caller: SessionCaller | null): Promise<ActiveSession[]> {
  if (!caller) return [];
  const rows = await getDb()
    .select({
      id: userSessions.id,
      browser: userSessions.browser,
      os: userSessions.os,
      address: userSessions.address,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, caller.user.id), gt(userSessions.lastSeenAt, idleSince())))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.id));
  const sessions = rows.map((row) => ({ ...row, current: row.id === caller.sessionId }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

export type EndSessionsResult = { ok: true; ended: number } | { ok: false; reason: "unauthorized" | "notFound" };

/**
 * Ends one of the caller's other sessions. The row must be the caller's: an
 * id of someone else's session (or of this one) ends nothing.
 */
export async function endOwnSession(caller: SessionCaller | null, sessionId: string): Promise<EndSessionsResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const ended = await getDb()
    .delete(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, caller.user.id), ne(userSessions.id, caller.sessionId)))
    .returning({ id: userSessions.id });
  return ended.length ? { ok: true, ended: ended.length } : { ok: false, reason: "notFound" };
}

/** "Sign out everywhere else": every session of the caller but the one making the request. */
export async function endOtherSessions(caller: SessionCaller | null): Promise<EndSessionsResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const ended = await getDb()
    .delete(userSessions)
    .where(and(eq(userSessions.userId, caller.user.id), ne(userSessions.id, caller.sessionId)))
    .returning({ id: userSessions.id });
  return { ok: true, ended: ended.length };
}
