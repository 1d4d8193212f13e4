import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleTranslations, mailOutbox, newsSendingRecipients, newsSendings, subscriptions } from "@/db/schema";
import { adminRoles, hasRole } from "../roles";
import type { CurrentUser } from "../users";

/** Whether an article has been (or is being) sent to its subscribers: the editor's form then offers it no more. */
export async function hasArticleSending(articleId: string): Promise<boolean> {
  const [row] = await getDb().select({ id: newsSendings.id }).from(newsSendings).where(eq(newsSendings.articleId, articleId));
  return !!row;
}

export type SubscriberCount = { list: string; locale: string; confirmed: number; pending: number };

/** Admins only: subscribers per list (each organisation's news, the agenda) and language, confirmed or waiting for confirmation. */
export async function subscriberCounts(caller: CurrentUser | null): Promise<SubscriberCount[] | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const rows = await getDb().execute<{ list: string; locale: string; confirmed: number; pending: number }>(sql`
    with lists as (
      select unnest(${subscriptions.organisations})::text as list, ${subscriptions.locales} as locales, ${subscriptions.confirmedAt} as confirmed_at from ${subscriptions}
      union all
      select 'agenda', ${subscriptions.locales}, ${subscriptions.confirmedAt} from ${subscriptions} where ${subscriptions.agenda}
    )
    select list, unnest(locales)::text as locale,
      count(*) filter (where confirmed_at is not null)::int as confirmed,
      count(*) filter (where confirmed_at is null)::int as pending
    from lists group by 1, 2 order by 1, 2`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: SubscriberCount[] }).rows;
  return list.map((r) => ({ ...r, confirmed: Number(r.confirmed), pending: Number(r.pending) }));
}

export type SendingProgress = { id: string; title: string; createdAt: Date; listedAt: Date | null; recipients: number; waiting: number; sent: number; failed: number; skipped: number };

/** Admins only: the latest sendings and where each stands (waiting for its turn or its date, sent, failed, skipped). */
export async function sendingProgress(caller: CurrentUser | null, limit = 20): Promise<SendingProgress[] | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const r = newsSendingRecipients;
  return getDb()
    .select({
      id: newsSendings.id,
      title: sql<string>`coalesce((select ${articleTranslations.title} from ${articleTranslations} where ${articleTranslations.articleId} = ${newsSendings.articleId} order by ${articleTranslations.locale} limit 1), '')`,
      createdAt: newsSendings.createdAt,
      listedAt: newsSendings.listedAt,
      recipients: sql<number>`count(${r.email})::int`,
      waiting: sql<number>`(count(${r.email}) filter (where not ${r.skipped} and (${r.queuedAt} is null or (${mailOutbox.sentAt} is null and ${mailOutbox.failedAt} is null))))::int`,
      sent: sql<number>`(count(${r.email}) filter (where ${mailOutbox.sentAt} is not null))::int`,
      failed: sql<number>`(count(${r.email}) filter (where ${mailOutbox.failedAt} is not null))::int`,
      skipped: sql<number>`(count(${r.email}) filter (where ${r.skipped}))::int`,
    })
    .from(newsSendings)
    .leftJoin(r, eq(r.sendingId, newsSendings.id))
    .leftJoin(mailOutbox, eq(mailOutbox.id, r.mailId))
    .groupBy(newsSendings.id)
    .orderBy(desc(newsSendings.createdAt))
    .limit(limit);
}
