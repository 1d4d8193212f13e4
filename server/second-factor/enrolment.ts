import "server-only";
import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import QRCode from "qrcode";
import { getDb } from "@/db/client";
import { recoveryCodes, secondFactors, userSessions } from "@/db/schema";
import { confirmPassword } from "../profile";
import type { CurrentUser, RequestContext } from "../users";
import { replaceRecoveryCodes, unusedRecoveryCodeCount } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { matchingStep, newTotpSecret, totpFor } from "./totp";
import { checkSecondFactorCode, totpSubject } from "./verify-code";
import { takeAttempt } from "../throttle";

const ISSUER = "Azerbaïdjanais de France";

export type SecondFactorState =
  | { state: "none" }
  | { state: "pending"; secret: string; qrSvg: string }
  | { state: "active"; since: Date; recoveryCodesLeft: number };

/** What the account page shows: nothing yet, an enrolment to confirm (QR code and secret), or an active factor. */
export async function secondFactorState(caller: CurrentUser): Promise<SecondFactorState> {
  const [row] = await getDb().select().from(secondFactors).where(eq(secondFactors.userId, caller.id));
  if (!row) return { state: "none" };
  if (row.confirmedAt) return { state: "active", since: row.confirmedAt, recoveryCodesLeft: await unusedRecoveryCodeCount(caller.id) };
  const secret = openSecret(row.secretEncrypted, caller.id);
  if (!secret) return { state: "none" };
  // Made here, from the secret, with no network: the image never leaves the server's answer.
  const qrSvg = await QRCode.toString(totpFor(secret, caller.email, ISSUER).toString(), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { state: "pending", secret, qrSvg };
}

type Unauthorized = { ok: false; reason: "unauthorized" };

/** Starts (or starts over) an enrolment with a new secret; an active factor must be turned off first. */
export async function startEnrolment(caller: CurrentUser | null): Promise<{ ok: true } | Unauthorized | { ok: false; reason: "active" }> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const secretEncrypted = sealSecret(newTotpSecret(), caller.id);
  const written = await getDb()
    .insert(secondFactors)
    .values({ userId: caller.id, secretEncrypted })
    .onConflictDoUpdate({ target: secondFactors.userId, set: { secretEncrypted, createdAt: new Date() }, setWhere: isNull(secondFactors.confirmedAt) })
    .returning({ userId: secondFactors.userId });
  return written.length === 1 ? { ok: true } : { ok: false, reason: "active" };
}

export type ConfirmResult = { ok: true; recoveryCodes: string[] } | Unauthorized | { ok: false; reason: "invalid" | "throttled" | "notPending" };

/**
 * Confirms an enrolment with a first code from the app; returns the ten
 * recovery codes, shown once. Every other session of the user ends: one
 * signed in with the password alone must not gain what the second factor
 * now guards. `keepSessionId` is the session making the request.
 */
export async function confirmEnrolment(caller: CurrentUser | null, code: string, now = new Date(), keepSessionId?: string): Promise<ConfirmResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  if (!(await takeAttempt([totpSubject(caller.id)], now))) return { ok: false, reason: "throttled" };
  const db = getDb();
  const [row] = await db.select().from(secondFactors).where(and(eq(secondFactors.userId, caller.id), isNull(secondFactors.confirmedAt)));
  if (!row) return { ok: false, reason: "notPending" };
  const secret = openSecret(row.secretEncrypted, caller.id);
  const step = secret ? matchingStep(secret, code.replace(/\s/g, ""), now.getTime()) : null;
  if (step === null) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    const confirmed = await tx
      .update(secondFactors)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(and(eq(secondFactors.userId, caller.id), isNull(secondFactors.confirmedAt), eq(secondFactors.secretEncrypted, row.secretEncrypted)))
      .returning({ userId: secondFactors.userId });
    if (confirmed.length === 0) return { ok: false, reason: "notPending" } as const;
    await tx.delete(userSessions).where(and(eq(userSessions.userId, caller.id), keepSessionId ? ne(userSessions.id, keepSessionId) : undefined));
    return { ok: true, recoveryCodes: await replaceRecoveryCodes(tx, caller.id) } as const;
  });
}

/** Forgets an enrolment not yet confirmed. */
export async function cancelEnrolment(caller: CurrentUser | null): Promise<void> {
  if (!caller) return;
  await getDb().delete(secondFactors).where(and(eq(secondFactors.userId, caller.id), isNull(secondFactors.confirmedAt)));
}

export type DisableResult = { ok: true } | Unauthorized | { ok: false; reason: "wrong" | "throttled" };

/**
 * Turns the second factor off (to enrol another phone, say). It takes the
 * current password or a code: a session left open is not enough.
 */
export async function disableSecondFactor(caller: CurrentUser | null, proof: { password?: string; code?: string }, context: RequestContext): Promise<DisableResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const check = proof.code ? await checkSecondFactorCode(caller.id, proof.code) : proof.password ? await confirmPassword(caller, proof.password, context) : "wrong";
  if (check === "throttled") return { ok: false, reason: "throttled" };
  if (check !== "ok") return { ok: false, reason: "wrong" };
  await getDb().transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, caller.id));
    await tx.delete(secondFactors).where(and(eq(secondFactors.userId, caller.id), isNotNull(secondFactors.confirmedAt)));
  });
  return { ok: true };
}
