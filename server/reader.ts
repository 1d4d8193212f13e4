import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaFollows, ideaSupports, ideas } from "@/db/schema";
import type { ReaderState } from "@/lib/reader-state";
import { isUuid } from "@/lib/uuid";
import { myRegistrationFor } from "./agenda/member-registrations";
import { commentsOf } from "./ideas/comments/reader";
import { reportRefusal } from "./ideas/report";
import { unreadNotifications } from "./notifications";
import type { CurrentUser } from "./users";

/** What a cached page asks about its reader: at most one thing per page kind. */
export type ReaderQuery = { event?: string; ideas?: number[]; report?: number; comments?: number };

/** Most ideas one page shows (the gallery's page size is 12); more is not a page's question. */
export const MAX_IDEAS = 24;

/** The query string of the address, checked; null when it asks for something no page asks. */
export function parseReaderQuery(search: URLSearchParams): ReaderQuery | null {
  const query: ReaderQuery = {};
  const event = search.get("event");
  if (event !== null) {
    if (!isUuid(event)) return null;
    query.event = event;
  }
  const list = search.get("ideas");
  if (list !== null) {
    const ids = list.split(",").map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : NaN));
    if (ids.length > MAX_IDEAS || ids.some((id) => !Number.isSafeInteger(id) || id < 1)) return null;
    query.ideas = [...new Set(ids)];
  }
  const report = search.get("report");
  if (report !== null) {
    if (!/^\d{1,9}$/.test(report) || Number(report) < 1) return null;
    query.report = Number(report);
  }
  const comments = search.get("comments");
  if (comments !== null) {
    if (!/^\d{1,9}$/.test(comments) || Number(comments) < 1) return null;
    query.comments = Number(comments);
  }
  return query;
}

/** The reader's supports and own ideas among those asked: one row per idea, by primary keys. */
async function ideasOf(caller: CurrentUser, ids: number[]): Promise<NonNullable<ReaderState["ideas"]>> {
  const rows = await getDb()
    .select({
      id: ideas.id,
      own: sql<boolean>`${ideas.authorId} is not distinct from ${caller.id}`,
      supported: sql<boolean>`exists (select 1 from ${ideaSupports} where ${and(eq(ideaSupports.ideaId, ideas.id), eq(ideaSupports.userId, caller.id))})`,
      following: sql<boolean>`exists (select 1 from ${ideaFollows} where ${and(eq(ideaFollows.ideaId, ideas.id), eq(ideaFollows.userId, caller.id), eq(ideaFollows.following, true))})`,
    })
    .from(ideas)
    .where(inArray(ideas.id, ids));
  return Object.fromEntries(rows.map((row) => [row.id, { own: !!row.own, supported: !!row.supported, following: !!row.following }]));
}

/**
 * What `caller` asks about one page: whether their address is confirmed (read
 * with their session row), then one indexed query per thing asked, all at once (the answer waits for the
 * slowest, not for their sum).
 */
export async function readerStateFor(caller: CurrentUser | null, query: ReaderQuery): Promise<ReaderState> {
  if (!caller) return { user: null };
  const verified = caller.emailVerified;
  const [unread, registration, own, report, comments] = await Promise.all([
    unreadNotifications(caller.id),
    query.event ? myRegistrationFor(caller, query.event) : undefined,
    query.ideas?.length ? ideasOf(caller, query.ideas) : undefined,
    query.report ? reportRefusal(caller, query.report) : undefined,
    query.comments ? commentsOf(caller, query.comments) : undefined,
  ]);
  return {
    user: { name: caller.name, role: caller.role, verified, unread, ...(verified ? {} : { email: caller.email }) },
    ...(query.event ? { registration } : {}),
    ...(own ? { ideas: own } : {}),
    ...(query.report ? { report: report ?? null } : {}),
    ...(comments ? { comments } : {}),
  };
}
