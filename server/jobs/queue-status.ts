import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { JOB_SCHEMA, queues } from "@/db/job-queues";
import { drizzleJobSql } from "@/db/job-sql";
import { mailOutbox } from "@/db/schema";
import { adminRoles, hasRole } from "../roles";
import type { CurrentUser } from "../users";
import { getBoss } from "./boss";

export type QueueCounts = { name: string; waiting: number; active: number; failed: number; completed: number };

/** Admins only: how many jobs of each queue wait (or wait for a retry), run, failed for good, or are done (kept 14 days). */
export async function queueCounts(caller: CurrentUser | null): Promise<QueueCounts[] | null> {
  if (!hasRole(caller, adminRoles)) return null;
  const { rows } = await drizzleJobSql(getDb()).executeSql(`select name, state, count(*)::int as count from ${JOB_SCHEMA}.job group by name, state`);
  return Object.values(queues).map(({ name }) => {
    const count = (...states: string[]) => rows.filter((row) => row.name === name && states.includes(String(row.state))).reduce((sum, row) => sum + Number(row.count), 0);
    return { name, waiting: count("created", "retry"), active: count("active"), failed: count("failed"), completed: count("completed") };
  });
}

/**
 * Admins only: sends a mail that failed for good once more (pg-boss gives its
 * job one more attempt). False if the mail is not (or no longer) failed.
 */
export async function retryFailedMail(caller: CurrentUser | null, mailId: string): Promise<boolean> {
  if (!hasRole(caller, adminRoles)) return false;
  return getDb().transaction(async (tx) => {
    const [mail] = await tx
      .update(mailOutbox)
      .set({ failedAt: null })
      .where(and(eq(mailOutbox.id, mailId), isNotNull(mailOutbox.failedAt)))
      .returning({ jobId: mailOutbox.jobId });
    if (!mail) return false;
    const jobSql = drizzleJobSql(tx);
    const retried = mail.jobId ? ((await getBoss().retry(queues.mail.name, mail.jobId, { db: jobSql })) as unknown as { affected: number }).affected : 0;
    if (retried === 0) {
      // The failed job was archived (after a week): a new one sends the mail.
      const jobId = await getBoss().send(queues.mail.name, { mailId }, { db: jobSql });
      await tx.update(mailOutbox).set({ jobId }).where(eq(mailOutbox.id, mailId));
    }
    return true;
  });
}

/**
 * Admins only: looks for due event reminders now rather than at the next
 * ten-minute slot (after changing an event's reminder hours, say). The same
 * job as the schedule's, so a reminder still goes out once.
 */
export async function checkRemindersNow(caller: CurrentUser | null): Promise<boolean> {
  if (!hasRole(caller, adminRoles)) return false;
  // Debounced: a request whose 10 s slot already had a run goes in the next slot, rather than being dropped.
  await getBoss().sendDebounced(queues.eventReminders.name, {}, {}, 10, "now");
  return true;
}
