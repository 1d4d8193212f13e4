import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { JOB_SCHEMA, queues } from "@/db/job-queues";
import { startJobs, stopJobs } from "@/server/jobs/boss";
import { checkRemindersNow } from "@/server/jobs/queue-status";
import { kickNewsSendings } from "@/server/subscriptions/sending";
import { describeOnDatabases } from "../support/databases";
import { createUser } from "../support/users";

// A job asked for "at once" (an article's sending when it goes live, the admin's "look for due reminders
// now"): asked twice within one slot, the second runs in the next slot rather than being dropped, since the
// first may have looked before the second's reason was written (a lost kick waited for the schedule).
describeOnDatabases("jobs asked for at once", (database) => {
  beforeAll(async () => {
    // Started without workers: the jobs stay queued for the test to read.
    await startJobs(async () => {}, database());
  });
  afterAll(() => stopJobs(5_000));

  const queued = async (name: string) => {
    const result = await database().db.execute(sql.raw(`select start_after from ${JOB_SCHEMA}.job where name = '${name}' and singleton_key = 'now'`));
    return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { start_after: Date }[];
  };

  it("two sendings' kicks in the same 5 s: two runs, the second in the next slot", async () => {
    await kickNewsSendings();
    await kickNewsSendings();
    const jobs = await queued(queues.newsSendings.name);
    expect(jobs).toHaveLength(2);
    const [first, second] = jobs.map((job) => new Date(job.start_after).getTime()).sort((a, b) => a - b);
    expect(second - first).toBeLessThanOrEqual(10_000);
  });

  it("an admin's two requests for the due reminders in the same 10 s: two runs", async () => {
    const admin = await createUser(database(), { role: "admin" });
    expect(await checkRemindersNow(admin)).toBe(true);
    expect(await checkRemindersNow(admin)).toBe(true);
    expect(await queued(queues.eventReminders.name)).toHaveLength(2);
  });
});
