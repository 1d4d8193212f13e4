import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { getDb, type Tx } from "@/db/client";
import { queues } from "@/db/job-queues";
import { articles, articleTranslations, digestRecipients, events, eventTranslations, subscriptions, type Subscription } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { eventSchedule } from "@/lib/agenda/event-time";
import { eventPath } from "@/lib/agenda/event-urls";
import { articleUrls } from "@/lib/news/article-urls";
import { signedBy } from "@/server/joint/public";
import { absolute } from "@/lib/site-url";
import { queueMail } from "../mail";
import { bulkMail } from "./bulk-mail";
import { subscriptionMailText } from "./subscription-mail";

const DAY = 86_400_000;

/** The ISO week of a date, e.g. "2026-W49": one digest per address and week. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/**
 * The weekly schedule's run: one row per subscriber who gets a digest
 * (weekly news, or the agenda), for this week. The primary key (week,
 * address) makes a second run, on this instance or another, add nothing;
 * the mails go out in the article sendings' batches.
 */
export async function listWeeklyDigest(now = new Date()): Promise<number> {
  const week = isoWeek(now);
  const rows = await getDb()
    .insert(digestRecipients)
    .select(
      getDb()
        .select({ week: sql`${week}`.as("week"), email: subscriptions.email, mailId: sql`null::uuid`.as("mail_id"), createdAt: sql`now()`.as("created_at"), queuedAt: sql`null::timestamptz`.as("queued_at"), skipped: sql`false`.as("skipped") })
        .from(subscriptions)
        .where(and(isNotNull(subscriptions.confirmedAt), or(eq(subscriptions.frequency, "weekly"), eq(subscriptions.agenda, true)))),
    )
    .onConflictDoNothing()
    .returning({ email: digestRecipients.email });
  return rows.length;
}

/** The digest's text for one subscriber: the week's articles of their lists and, with the agenda, the coming two weeks' events. */
async function digestBody(tx: Tx, subscriber: Subscription, now: Date): Promise<string | null> {
  const t = subscriptionMailText(subscriber.locale);
  const languages: Locale[] = [subscriber.locale, ...subscriber.locales.filter((l) => l !== subscriber.locale)].filter((l) => subscriber.locales.includes(l));
  const parts: string[] = [];
  if (subscriber.frequency === "weekly" && subscriber.organisations.length) {
    const found = await tx
      .select({ id: articles.id, locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title, summary: articleTranslations.summary })
      .from(articles)
      .innerJoin(articleTranslations, eq(articleTranslations.articleId, articles.id))
      .where(and(eq(articles.status, "published"), signedBy(...subscriber.organisations), gt(articles.publishedAt, new Date(now.getTime() - 7 * DAY)), lte(articles.publishedAt, now), inArray(articleTranslations.locale, languages)))
      .orderBy(desc(articles.publishedAt));
    const lines = found.map((a) => `${a.title}\n${a.summary}\n${articleUrls({ [a.locale]: a.slug })[a.locale]}`);
    if (lines.length) parts.push(`${t("digestArticles")}\n\n${lines.join("\n\n")}`);
  }
  if (subscriber.agenda) {
    const found = await tx
      .select({ startsAt: events.startsAt, endsAt: events.endsAt, locale: eventTranslations.locale, slug: eventTranslations.slug, title: eventTranslations.title, place: eventTranslations.place })
      .from(events)
      .innerJoin(eventTranslations, eq(eventTranslations.eventId, events.id))
      .where(and(eq(events.status, "published"), isNull(events.cancelledAt), gt(events.startsAt, now), lte(events.startsAt, new Date(now.getTime() + 14 * DAY)), inArray(eventTranslations.locale, languages)))
      .orderBy(asc(events.startsAt));
    const lines = found.map((e) => {
      const when = eventSchedule(e.startsAt, e.endsAt, subscriber.locale);
      return `${e.title}\n${when.startDate}, ${when.startTime} · ${e.place}\n${absolute(eventPath(e.slug, e.locale))}`;
    });
    if (lines.length) parts.push(`${t("digestEvents")}\n\n${lines.join("\n\n")}`);
  }
  return parts.length ? parts.join("\n\n") : null;
}

/** Queues up to `room` digests of the week that are still due (called within the sendings' batch and its rate). */
export async function queueDigestBatch(tx: Tx, room: number, now: Date): Promise<number> {
  if (room <= 0) return 0;
  const batch = await tx
    .select({ week: digestRecipients.week, email: digestRecipients.email })
    .from(digestRecipients)
    .where(and(isNull(digestRecipients.queuedAt), eq(digestRecipients.skipped, false)))
    .orderBy(asc(digestRecipients.createdAt), asc(digestRecipients.email))
    .limit(room)
    .for("update", { skipLocked: true });
  let queued = 0;
  for (const row of batch) {
    const key = and(eq(digestRecipients.week, row.week), eq(digestRecipients.email, row.email));
    const [subscriber] = await tx.select().from(subscriptions).where(and(eq(subscriptions.email, row.email), isNotNull(subscriptions.confirmedAt)));
    const body = subscriber ? await digestBody(tx, subscriber, now) : null;
    // Nothing new for them this week (or they left): no mail.
    if (!subscriber || !body) {
      await tx.update(digestRecipients).set({ skipped: true }).where(key);
      continue;
    }
    const subject = subscriptionMailText(subscriber.locale)("digestSubject");
    const mailId = await queueMail(tx, await bulkMail(subscriber, "news.digest", subject, body));
    await tx.update(digestRecipients).set({ mailId, queuedAt: now }).where(key);
    queued++;
  }
  return queued;
}

/** At start-up: the digest is listed on Mondays at 8:00, Paris time; the per-minute sendings job sends it. */
export async function startWeeklyDigest(boss: PgBoss): Promise<void> {
  await boss.schedule(queues.newsDigest.name, "0 8 * * 1", {}, { tz: "Europe/Paris" });
  await boss.work(queues.newsDigest.name, async () => {
    await listWeeklyDigest();
  });
}
