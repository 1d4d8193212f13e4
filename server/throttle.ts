import "server-only";
import { createHash } from "node:crypto";
import { and, inArray, isNotNull, gt, lt, or, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { throttleCounters } from "@/db/schema";

/** After `limit` attempts within `windowMs`, the subject is refused for `blockMs`. */
export type ThrottleRule = { name: string; limit: number; windowMs: number; blockMs: number };

const MINUTE = 60_000;

// Per address the limits are looser: several members may share one address (a family, an office, the Cultural Centre).
export const throttleRules = {
  signInAccount: { name: "sign-in:account", limit: 10, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  signInAddress: { name: "sign-in:address", limit: 50, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  signUpAccount: { name: "sign-up:account", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  signUpAddress: { name: "sign-up:address", limit: 50, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  resetAccount: { name: "reset:account", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  resetAddress: { name: "reset:address", limit: 30, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** What is counted: a rule and its subject (a normalised email or a client address). */
export type ThrottleSubject = { rule: ThrottleRule; value: string };

export function throttleKey({ rule, value }: ThrottleSubject): string {
  return createHash("sha256").update(`${rule.name}\n${value}`).digest("hex");
}

const iso = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** True when any of the subjects is currently refused. */
export async function isThrottled(subjects: ThrottleSubject[], now = new Date()): Promise<boolean> {
  if (subjects.length === 0) return false;
  const rows = await getDb()
    .select({ key: throttleCounters.key })
    .from(throttleCounters)
    .where(and(inArray(throttleCounters.key, subjects.map(throttleKey)), gt(throttleCounters.blockedUntil, iso(now))));
  return rows.length > 0;
}

/**
 * Counts one attempt against each subject, in one statement per subject so
 * that concurrent requests on several instances all count. The attempt that
 * reaches a rule's limit starts the block.
 */
export async function countAttempt(subjects: ThrottleSubject[], now = new Date()): Promise<void> {
  const db = getDb();
  for (const subject of subjects) {
    const { rule } = subject;
    const windowExpired = sql`${throttleCounters.windowStartedAt} <= ${iso(new Date(now.getTime() - rule.windowMs))}`;
    const nextCount = sql`case when ${windowExpired} then 1 else ${throttleCounters.count} + 1 end`;
    await db
      .insert(throttleCounters)
      .values({ key: throttleKey(subject), count: 1, windowStartedAt: now, blockedUntil: rule.limit <= 1 ? new Date(now.getTime() + rule.blockMs) : null })
      .onConflictDoUpdate({
        target: throttleCounters.key,
        set: {
          count: nextCount,
          windowStartedAt: sql`case when ${windowExpired} then ${iso(now)} else ${throttleCounters.windowStartedAt} end`,
          blockedUntil: sql`case when ${nextCount} >= ${rule.limit} then ${iso(new Date(now.getTime() + rule.blockMs))} else ${throttleCounters.blockedUntil} end`,
        },
      });
  }
  // Old counters are of no use; clearing them now and then keeps the table small.
  if (Math.random() < 0.02) await pruneThrottleCounters(now);
}

/** Forgets the attempts of the subjects, block included (a successful sign-in, a password reset). */
export async function clearAttempts(subjects: ThrottleSubject[]): Promise<void> {
  if (subjects.length === 0) return;
  await getDb().delete(throttleCounters).where(inArray(throttleCounters.key, subjects.map(throttleKey)));
}

export async function pruneThrottleCounters(now = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * MINUTE);
  await getDb()
    .delete(throttleCounters)
    .where(
      and(
        lt(throttleCounters.windowStartedAt, iso(dayAgo)),
        or(isNull(throttleCounters.blockedUntil), and(isNotNull(throttleCounters.blockedUntil), lt(throttleCounters.blockedUntil, iso(now)))),
      ),
    );
}
