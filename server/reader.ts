import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { ReaderState } from "@/lib/reader-state";
import { isUuid } from "@/lib/uuid";
import { registrationOf, registrationState } from "./agenda/member-registrations";
import { ownCommentsOf, readerComments } from "./ideas/comments/reader";
import { reportFactsOf, reportRefusalFrom } from "./ideas/report";
import { unreadCount } from "./notifications";
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

type IdeaFacts = [id: number, own: boolean, supported: boolean, following: boolean];

/**
 * The reader's supports and own ideas among those asked, by primary keys, as
 * one json column of a select from their row in `users`. Names are written
 * out: drizzle leaves a select's columns unqualified.
 */
function ideasOf(ids: number[]): SQL<IdeaFacts[] | null> {
  return sql<IdeaFacts[] | null>`(select json_agg(json_build_array(i.id, i.author_id is not distinct from "users"."id",
    exists (select 1 from idea_supports s where s.idea_id = i.id and s.user_id = "users"."id"),
    exists (select 1 from idea_follows f where f.idea_id = i.id and f.user_id = "users"."id" and f.following)))
    from ideas i where i.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}))`;
}

const notAsked = sql<null>`null`;

/**
 * What `caller` asks about one page, in one statement after their session row
 * (which says whether their address is confirmed): a select from their own
 * row in `users`, each thing asked a column of it, each on its index.
 */
export async function readerStateFor(caller: CurrentUser | null, query: ReaderQuery): Promise<ReaderState> {
  if (!caller) return { user: null };
  const [row] = await getDb()
    .select({
      unread: unreadCount,
      registration: query.event ? registrationOf(query.event) : notAsked,
      ideas: query.ideas?.length ? ideasOf(query.ideas) : notAsked,
      report: query.report ? reportFactsOf(query.report) : notAsked,
      comments: query.comments ? ownCommentsOf(query.comments) : notAsked,
    })
    .from(users)
    .where(eq(users.id, caller.id));
  // The account went between the session's check and this statement.
  if (!row) return { user: null };
  const verified = caller.emailVerified;
  return {
    user: { name: caller.name, role: caller.role, verified, unread: row.unread, ...(verified ? {} : { email: caller.email }) },
    ...(query.event ? { registration: registrationState(row.registration) } : {}),
    ...(query.ideas?.length ? { ideas: Object.fromEntries((row.ideas ?? []).map(([id, own, supported, following]) => [id, { own, supported, following }])) } : {}),
    ...(query.report ? { report: (row.report && reportRefusalFrom(row.report, caller.id)) ?? null } : {}),
    ...(query.comments ? { comments: readerComments(row.comments ?? []) } : {}),
  };
}
