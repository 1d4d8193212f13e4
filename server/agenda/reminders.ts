import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { getDb } from "@/db/client";
import { queues } from "@/db/job-queues";
import { eventRegistrations, events, users } from "@/db/schema";
import { signWithdrawal } from "@/server/signed-links";
import { queueEventMail } from "./event-mail";

/**
 * Queues the reminders that are due: to each member with a place in a
 * published event that starts within its reminder hours (48 by default),
 * who registered before that window opened (one who registered later has
 * their confirmation fresh in mind). Each registration is claimed by setting
 * `reminded_at` in the transaction that queues its mail: two instances, or
 * two runs, never send it twice.
 */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const window = sql`${events.startsAt} - make_interval(hours => ${events.reminderHours})`;
  return getDb().transaction(async (tx) => {
    const dueIds = tx
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(
        and(
          eq(eventRegistrations.status, "registered"),
          isNull(eventRegistrations.remindedAt),
          eq(events.status, "published"),
          isNull(events.cancelledAt),
          isNotNull(events.reminderHours),
          gt(events.startsAt, now),
          lte(window, sql`${now.toISOString()}::timestamptz`),
          lte(eventRegistrations.createdAt, window),
        ),
      );
    // reminded_at is checked again under the row lock: of two runs at once, one claims each registration.
    const due = await tx
      .update(eventRegistrations)
      .set({ remindedAt: now })
      .where(and(inArray(eventRegistrations.id, dueIds), isNull(eventRegistrations.remindedAt)))
      .returning({ id: eventRegistrations.id, eventId: eventRegistrations.eventId, userId: eventRegistrations.userId });
    for (const registration of due) {
      const [member] = await tx.select({ userId: users.id, email: users.email, name: users.name, preferredLocale: users.preferredLocale }).from(users).where(eq(users.id, registration.userId));
      await queueEventMail(tx, registration.eventId, member, "reminder", { withdrawToken: signWithdrawal(registration.id) });
    }
    return due.length;
  });
}

/** At start-up: every 10 minutes one instance looks for due reminders (pg-boss's schedule runs once per slot across instances). */
export async function startReminders(boss: PgBoss): Promise<void> {
  await boss.schedule(queues.eventReminders.name, "*/10 * * * *", {}, { tz: "Europe/Paris" });
  await boss.work(queues.eventReminders.name, async () => {
    await queueDueReminders();
  });
}
