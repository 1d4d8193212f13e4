import "server-only";
import { createHash } from "node:crypto";
import { and, inArray, isNotNull, lt, or, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { throttleCounters } from "@/db/schema";

/** At most `limit` attempts within `windowMs`; the attempt that reaches the limit starts a block of `blockMs`. */
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
  emailChangeAccount: { name: "email-change:account", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  verificationMailAccount: { name: "verification-mail:account", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  totpAccount: { name: "totp:account", limit: 10, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  // Comments: a lively discussion is a few a minute at most; a flood is refused for a quarter of an hour.
  commentMember: { name: "comment:member", limit: 10, windowMs: 10 * MINUTE, blockMs: 15 * MINUTE },
  reportMember: { name: "report:member", limit: 5, windowMs: 24 * 60 * MINUTE, blockMs: 24 * 60 * MINUTE },
  // The contact forms mail every editor: a handful an hour is plenty for a person, and caps a flood.
  contactAddress: { name: "contact:address", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  contactSender: { name: "contact:sender", limit: 3, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  // Each subscription request mails the address: a few a day per address keeps it from being used to mail-bomb someone.
  subscribeAddress: { name: "subscribe:address", limit: 10, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  subscribeEmail: { name: "subscribe:email", limit: 3, windowMs: 24 * 60 * MINUTE, blockMs: 24 * 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** What is counted: a rule and its subject (a normalised email, a user id or a client address). */
export type ThrottleSubject = { rule: ThrottleRule; value: string };

export function throttleKey({ rule, value }: ThrottleSubject): string {
  return createHash("sha256").update(`${rule.name}\n${value}`).digest("hex");
}

const iso = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Counts one attempt against one subject and returns whether it is within
 * the limit. Counting and reading the new count are one statement, so that
 * a burst of parallel requests, on one instance or several, cannot all read
 * "below the limit" before any of them is counted.
 */
async function takeOne(subject: ThrottleSubject, now: Date): Promise<boolean> {
  const { rule } = subject;
  // A new window starts only when the old one is over and no block is running.
  const fresh = sql`(${throttleCounters.windowStartedAt} <= ${iso(new Date(now.getTime() - rule.windowMs))}
    and (${throttleCounters.blockedUntil} is null or ${throttleCounters.blockedUntil} <= ${iso(now)}))`;
  const nextCount = sql`case when ${fresh} then 1 else ${throttleCounters.count} + 1 end`;
  const blockUntil = iso(new Date(now.getTime() + rule.blockMs));
  const [row] = await getDb()
    .insert(throttleCounters)
    .values({ key: throttleKey(subject), count: 1, windowStartedAt: now, blockedUntil: rule.limit <= 1 ? new Date(now.getTime() + rule.blockMs) : null })
    .onConflictDoUpdate({
      target: throttleCounters.key,
      set: {
        count: nextCount,
        windowStartedAt: sql`case when ${fresh} then ${iso(now)} else ${throttleCounters.windowStartedAt} end`,
        blockedUntil: sql`case when ${nextCount} = ${rule.limit} then ${blockUntil} when ${fresh} then null else ${throttleCounters.blockedUntil} end`,
      },
    })
    .returning({ count: throttleCounters.count });
  return row.count <= rule.limit;
}

/**
 * Counts an attempt against every subject before any work is done, and
 * says whether it may go ahead: refused as soon as one subject is over its
 * limit. Call it first, before hashing a password or sending a mail.
 */
export async function takeAttempt(subjects: ThrottleSubject[], now = new Date()): Promise<boolean> {
  const allowed = await Promise.all(subjects.map((subject) => takeOne(subject, now)));
  // Old counters are of no use; clearing them now and then keeps the table small.
  if (Math.random() < 0.02) await pruneThrottleCounters(now);
  return allowed.every(Boolean);
}

/**
 * Takes back one attempt per subject: a sign-in that succeeded from a shared
 * address (a family, the Cultural Centre) should not use up that address's
 * allowance. The attempt was counted first all the same, so a burst still
 * meets the limit before any password is checked.
 */
export async function refundAttempt(subjects: ThrottleSubject[]): Promise<void> {
  if (subjects.length === 0) return;
  await getDb()
    .update(throttleCounters)
    .set({ count: sql`greatest(${throttleCounters.count} - 1, 0)` })
    .where(inArray(throttleCounters.key, subjects.map(throttleKey)));
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
