import "server-only";
import { and, eq, isNotNull, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { secondFactors } from "@/db/schema";
import { clearAttempts, takeAttempt, throttleRules, type ThrottleSubject } from "../throttle";
import { normalizeRecoveryCode, spendRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchingStep } from "./totp";

export type CodeCheck = "ok" | "invalid" | "throttled";

export const totpSubject = (userId: string): ThrottleSubject => ({ rule: throttleRules.totpAccount, value: userId });

/** Whether the user has a confirmed authenticator. */
export async function hasSecondFactor(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  return !!row;
}

/**
 * Takes the code of a user's authenticator (6 digits) or one of their
 * recovery codes. The attempt is counted before anything is checked; a
 * TOTP code is taken only for a time step later than the last one taken,
 * in one conditional update, so a code cannot be used twice, even by two
 * requests at once.
 */
export async function checkSecondFactorCode(userId: string, input: string, now = new Date()): Promise<CodeCheck> {
  if (!(await takeAttempt([totpSubject(userId)], now))) return "throttled";
  const ok = (await takeCode(userId, input.trim(), now)) ? "ok" : "invalid";
  if (ok === "ok") await clearAttempts([totpSubject(userId)]);
  return ok;
}

async function takeCode(userId: string, input: string, now: Date): Promise<boolean> {
  const digits = input.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) {
    const recovery = normalizeRecoveryCode(input);
    return recovery !== null && (await hasSecondFactor(userId)) && spendRecoveryCode(userId, recovery);
  }
  const db = getDb();
  const [row] = await db
    .select()
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  const secret = row && openSecret(row.secretEncrypted, userId);
  const step = secret ? matchingStep(secret, digits, now.getTime()) : null;
  if (step === null) return false;
  const taken = await db
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt), lt(secondFactors.lastUsedStep, step)))
    .returning({ userId: secondFactors.userId });
  return taken.length === 1;
}
