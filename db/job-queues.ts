import PgBoss from "pg-boss";
import type { JobSql } from "./job-sql";

/** pg-boss keeps its jobs in a schema of its own, beside the portal's tables. */
export const JOB_SCHEMA = "pgboss";

/**
 * The queues and their retry rules. A mail is tried 6 times over about half an
 * hour (after 30 s, then doubling), then left "failed" for an admin to retry;
 * a job whose worker vanished mid-way (the instance stopped) is taken back
 * after 2 minutes.
 */
export const queues = {
  mail: { name: "mail", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120, retentionMinutes: 60 * 24 * 14 },
  // Every 10 minutes (scheduled at start-up), whichever instance takes it: queues the reminders that are due.
  eventReminders: { name: "event-reminders", retryLimit: 2, retryDelay: 60, expireInSeconds: 300, retentionMinutes: 60 * 24 },
  // Every minute, and at once when an editor sends an article: lists a live article's recipients, then queues one batch of MAIL_RATE_PER_MINUTE mails.
  newsSendings: { name: "news-sendings", retryLimit: 2, retryDelay: 30, expireInSeconds: 120, retentionMinutes: 60 * 24 },
  // Mondays at 8:00, Paris time: the weekly digest to the subscribers who chose it.
  newsDigest: { name: "news-digest", retryLimit: 3, retryDelay: 300, expireInSeconds: 600, retentionMinutes: 60 * 24 * 14 },
} as const satisfies Record<string, PgBoss.Queue>;

export type QueueName = keyof typeof queues;

/**
 * Installs or upgrades pg-boss's schema (under pg-boss's own lock) and the
 * portal's queues, with the migrations: a job can be sent as soon as the
 * tables exist, before any instance works jobs.
 */
export async function installJobQueues(db: JobSql): Promise<void> {
  const boss = new PgBoss({ db: db as PgBoss.Db, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: true });
  await boss.start();
  try {
    for (const queue of Object.values(queues)) {
      await boss.createQueue(queue.name, queue);
      // An existing queue keeps its old rules otherwise.
      await boss.updateQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
}
