import "server-only";
import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaReports, ideas, users, type IdeaReportReason } from "@/db/schema";
import type { IdeaCursor } from "@/lib/ideas/cursor";
import { isEditor, type Caller } from "./access";

export const QUEUE_PAGE_SIZE = 15;
export type QueueKind = "pending" | "reported";

/**
 * How many ideas wait for an editor; null for anyone else. Two counts, so
 * that each reads its own partial index (ideas_pending_queue_idx,
 * ideas_hidden_queue_idx) rather than one scan of every idea.
 */
export async function countModerationQueue(caller: Caller): Promise<{ pending: number; reported: number } | null> {
  if (!isEditor(caller)) return null;
  const db = getDb();
  const [[pending], [reported]] = await Promise.all([
    db.select({ n: count() }).from(ideas).where(eq(ideas.status, "pending")),
    db.select({ n: count() }).from(ideas).where(isNotNull(ideas.hiddenAt)),
  ]);
  return { pending: pending.n, reported: reported.n };
}

/**
 * The moderation queue, oldest first: pending ideas by submission time,
 * reported ideas by the time they were hidden. Editors see who wrote each
 * idea, anonymous or not.
 */
export async function listModerationQueue(caller: Caller, kind: QueueKind, after?: IdeaCursor) {
  if (!isEditor(caller)) return null;
  const key = kind === "pending" ? ideas.createdAt : ideas.hiddenAt;
  const rows = await getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      description: ideas.description,
      category: ideas.category,
      language: ideas.language,
      status: ideas.status,
      showName: ideas.showName,
      version: ideas.version,
      createdAt: ideas.createdAt,
      hiddenAt: ideas.hiddenAt,
      reportCount: ideas.reportCount,
      supportCount: ideas.supportCount,
      publicAnswer: ideas.publicAnswer,
      answeredBy: ideas.answeredBy,
      authorName: users.name,
      authorEmail: users.email,
    })
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(
      and(
        kind === "pending" ? eq(ideas.status, "pending") : isNotNull(ideas.hiddenAt),
        after ? sql`(${key}, ${ideas.id}) > (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)` : undefined,
      ),
    )
    .orderBy(asc(key), asc(ideas.id))
    .limit(QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const lastKey = last && (kind === "pending" ? last.createdAt : last.hiddenAt);
  const next = rows.length > QUEUE_PAGE_SIZE && last && lastKey ? { value: lastKey.getTime(), id: last.id } : undefined;
  const reports = await reportsFor(page.filter((idea) => idea.hiddenAt).map((idea) => idea.id));
  return { ideas: page.map((idea) => ({ ...idea, reports: reports.get(idea.id) ?? [] })), next };
}

export type QueueIdea = NonNullable<Awaited<ReturnType<typeof listModerationQueue>>>["ideas"][number];

async function reportsFor(ids: number[]): Promise<Map<number, { reason: IdeaReportReason; n: number }[]>> {
  const map = new Map<number, { reason: IdeaReportReason; n: number }[]>();
  if (!ids.length) return map;
  const rows = await getDb()
    .select({ id: ideaReports.ideaId, reason: ideaReports.reason, n: count() })
    .from(ideaReports)
    .where(inArray(ideaReports.ideaId, ids))
    .groupBy(ideaReports.ideaId, ideaReports.reason);
  for (const row of rows) map.set(row.id, [...(map.get(row.id) ?? []), { reason: row.reason, n: row.n }]);
  return map;
}
