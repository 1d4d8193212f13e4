import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { getDb, type Tx } from "@/db/client";
import { queues } from "@/db/job-queues";
import { articles, articleTranslations, digestRecipients, newsSendingRecipients, newsSendings, subscriptions } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { articleUrls } from "@/lib/news/article-urls";
import { queueMail } from "../mail";
import { getBoss } from "../jobs/boss";
import { signersList } from "../joint/public";
import { articleMail, type ArticleVersion } from "./bulk-mail";
import { queueDigestBatch } from "./digest";

/**
 * Records that an article goes to its subscribers, inside the editor's save.
 * One sending per article (a unique key): asking again, or saving a
 * correction with the box ticked, sends nothing twice. A scheduled article
 * is listed when it goes live.
 */
export async function requestArticleSending(tx: Tx, articleId: string, requestedBy: string): Promise<boolean> {
  const created = await tx.insert(newsSendings).values({ articleId, requestedBy }).onConflictDoNothing().returning({ id: newsSendings.id });
  return created.length > 0;
}

/**
 * Starts the sending job at once (the schedule would take it within a minute anyway). Debounced: one job per
 * 5 s slot, and a kick whose slot already had one (which may have listed the sendings before this one was
 * written) runs in the next slot, rather than being dropped until the schedule.
 */
export async function kickNewsSendings(): Promise<void> {
  await getBoss().sendDebounced(queues.newsSendings.name, {}, {}, 5, "now");
}

/** Lists the recipients of every sending whose article is now live: confirmed subscribers of its organisation (or of any signer of a joint statement), per article mail. */
export async function listDueSendings(now = new Date()): Promise<number> {
  const due = await getDb()
    .select({ id: newsSendings.id, articleId: newsSendings.articleId, signers: signersList() })
    .from(newsSendings)
    .innerJoin(articles, eq(articles.id, newsSendings.articleId))
    .where(and(isNull(newsSendings.listedAt), eq(articles.status, "published"), lte(articles.publishedAt, now)));
  let listed = 0;
  for (const sending of due) {
    listed += await getDb().transaction(async (tx) => {
      const [claimed] = await tx
        .update(newsSendings)
        .set({ listedAt: now })
        .where(and(eq(newsSendings.id, sending.id), isNull(newsSendings.listedAt)))
        .returning({ id: newsSendings.id });
      if (!claimed) return 0;
      const rows = await tx
        .insert(newsSendingRecipients)
        .select(
          tx
            .select({ sendingId: sql`${sending.id}::uuid`.as("sending_id"), email: subscriptions.email, subscriptionId: subscriptions.id, mailId: sql`null::uuid`.as("mail_id"), queuedAt: sql`null::timestamptz`.as("queued_at"), skipped: sql`false`.as("skipped") })
            .from(subscriptions)
            .where(and(isNotNull(subscriptions.confirmedAt), eq(subscriptions.frequency, "each"), sql`${subscriptions.organisations} && string_to_array(${sending.signers}, ',')::organisation[]`)),
        )
        .onConflictDoNothing()
        .returning({ email: newsSendingRecipients.email });
      return rows.length;
    });
  }
  return listed;
}

/** How many bulk mails may still be queued in the minute before `now`, across every instance (articles and digests). */
async function budget(tx: Tx, now: Date, rate: number): Promise<number> {
  const since = new Date(now.getTime() - 60_000);
  const [articlesQueued] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(newsSendingRecipients)
    .where(and(gt(newsSendingRecipients.queuedAt, since), lte(newsSendingRecipients.queuedAt, now)));
  const [digestsQueued] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(digestRecipients)
    .where(and(gt(digestRecipients.queuedAt, since), lte(digestRecipients.queuedAt, now)));
  return Math.max(0, rate - Number(articlesQueued.count) - Number(digestsQueued.count));
}

async function articleVersions(tx: Tx, articleId: string): Promise<ArticleVersion[]> {
  const rows = await tx.select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
  const urls = articleUrls(Object.fromEntries(rows.map((r) => [r.locale, r.slug])));
  return rows.map((r) => ({ locale: r.locale, title: r.title, summary: r.summary, url: urls[r.locale]! }));
}

/**
 * Queues the next batch of article mails, at most MAIL_RATE_PER_MINUTE a
 * minute (digests included). The batch is taken with FOR UPDATE SKIP LOCKED
 * under a transaction-wide advisory lock, and each row is marked queued in
 * the transaction that queues its mail: a run stopped half-way leaves the
 * rest for the next one, and no address gets an article twice.
 */
export async function queueSendingBatch(now = new Date(), rate = env().MAIL_RATE_PER_MINUTE): Promise<number> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('portal:news-sendings'))`);
    const room = await budget(tx, now, rate);
    if (room === 0) return 0;
    const batch = await tx
      .select({ sendingId: newsSendingRecipients.sendingId, email: newsSendingRecipients.email, articleId: newsSendings.articleId })
      .from(newsSendingRecipients)
      .innerJoin(newsSendings, eq(newsSendings.id, newsSendingRecipients.sendingId))
      .where(and(isNull(newsSendingRecipients.queuedAt), eq(newsSendingRecipients.skipped, false)))
      .orderBy(asc(newsSendings.createdAt), asc(newsSendingRecipients.email))
      .limit(room)
      .for("update", { of: newsSendingRecipients, skipLocked: true });
    const versionsOf = new Map<string, ArticleVersion[]>();
    const organisationOf = new Map<string, (typeof articles.$inferSelect)["organisation"]>();
    let queued = 0;
    for (const row of batch) {
      if (!versionsOf.has(row.articleId)) {
        versionsOf.set(row.articleId, await articleVersions(tx, row.articleId));
        const [article] = await tx.select({ organisation: articles.organisation }).from(articles).where(eq(articles.id, row.articleId));
        organisationOf.set(row.articleId, article.organisation);
      }
      const [subscriber] = await tx.select().from(subscriptions).where(and(eq(subscriptions.email, row.email), isNotNull(subscriptions.confirmedAt)));
      const order: Locale[] = subscriber ? [subscriber.locale, ...subscriber.locales.filter((l) => l !== subscriber.locale)] : [];
      const versions = order.filter((l) => subscriber!.locales.includes(l)).flatMap((l) => versionsOf.get(row.articleId)!.filter((v) => v.locale === l));
      const key = and(eq(newsSendingRecipients.sendingId, row.sendingId), eq(newsSendingRecipients.email, row.email));
      // Unsubscribed meanwhile, or none of their languages in this article: nothing is sent.
      if (!subscriber || versions.length === 0) {
        await tx.update(newsSendingRecipients).set({ skipped: true }).where(key);
        continue;
      }
      const mailId = await queueMail(tx, await articleMail(subscriber, versions, organisationOf.get(row.articleId)!));
      await tx.update(newsSendingRecipients).set({ mailId, queuedAt: now }).where(key);
      queued++;
    }
    return queued + (await queueDigestBatch(tx, room - queued, now));
  });
}

/** One run of the job: list what went live, queue one batch. */
export async function runNewsSendings(now = new Date(), rate = env().MAIL_RATE_PER_MINUTE): Promise<{ listed: number; queued: number }> {
  const listed = await listDueSendings(now);
  const queued = await queueSendingBatch(now, rate);
  return { listed, queued };
}

/** At start-up: every minute one instance lists due sendings and queues a batch. */
export async function startNewsSendings(boss: PgBoss): Promise<void> {
  await boss.schedule(queues.newsSendings.name, "* * * * *", {}, { tz: "Europe/Paris" });
  await boss.work(queues.newsSendings.name, async () => {
    await runNewsSendings();
  });
}
