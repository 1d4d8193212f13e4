import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideas, notifications, users, type NotificationKind } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import type { Caller } from "./ideas/access";

/** Notifications one page of the account shows; older ones are a page further (keyset: their time, their id). */
export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationRow = { id: number; kind: NotificationKind; createdAt: Date; readAt: Date | null; ideaId: number; title: string; language: "fr" | "az" };

/** The caller's notifications, newest first, a page at a time, on the index (recipient_id, created_at, id). */
export async function listNotifications(caller: Caller, after?: IdeaCursor): Promise<{ notifications: NotificationRow[]; next?: IdeaCursor }> {
  if (!caller) return { notifications: [] };
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      ideaId: notifications.ideaId,
      title: ideas.title,
      language: ideas.language,
    })
    .from(notifications)
    .innerJoin(ideas, eq(ideas.id, notifications.ideaId))
    .where(
      and(
        eq(notifications.recipientId, caller.id),
        after ? sql`(${notifications.createdAt}, ${notifications.id}) < (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)` : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE + 1);
  const { page, next } = keysetPage(rows, NOTIFICATIONS_PAGE_SIZE, (row) => row.createdAt.getTime());
  return { notifications: page, next };
}

/**
 * How many the header shows, on the partial index of unread rows: a column of
 * a select from the member's own row in `users` (/api/reader asks it beside the
 * page's questions, in one statement). Names are written out: drizzle leaves a
 * select's columns unqualified, and inside the subquery "id" would be the notification's.
 */
export const unreadCount = sql<number>`(select count(*)::int from notifications unread where unread.recipient_id = "users"."id" and unread.read_at is null)`;

export type MarkReadResult = { ok: true; marked: number } | { ok: false; reason: "signedOut" | "notFound" };

/** Marks one of the caller's notifications read; someone else's is "not found", as if it did not exist. */
export async function markNotificationRead(caller: Caller, id: number): Promise<MarkReadResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const [row] = await getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, caller.id)))
    .returning({ id: notifications.id });
  return row ? { ok: true, marked: 1 } : { ok: false, reason: "notFound" };
}

/** Marks all the caller's unread notifications read. */
export async function markAllNotificationsRead(caller: Caller): Promise<MarkReadResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, caller.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { ok: true, marked: rows.length };
}

/** Whether the member gets a mail when an idea they follow has news (off until they ask). */
export async function ideaMailOf(userId: string): Promise<boolean> {
  const [row] = await getDb().select({ ideaMail: users.ideaMail }).from(users).where(eq(users.id, userId));
  return !!row?.ideaMail;
}

export async function setIdeaMail(caller: Caller, on: boolean): Promise<{ ok: true } | { ok: false; reason: "signedOut" }> {
  if (!caller) return { ok: false, reason: "signedOut" };
  await getDb().update(users).set({ ideaMail: on }).where(eq(users.id, caller.id));
  return { ok: true };
}
