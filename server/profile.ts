import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { absoluteHref } from "@/lib/absolute-href";
import { isUniqueViolation } from "@/lib/db-errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import { recordAudit } from "./audit";
import { queueMail } from "./mail";
import { accountMailText } from "./mail-text";
import { clearAttempts, takeAttempt } from "./throttle";
import { endAllSessions } from "./user-sessions";
import { byEmail, signInSubjects, type CurrentUser, type RequestContext } from "./users";

type Unauthorized = { ok: false; reason: "unauthorized" };

export async function updateProfile(caller: CurrentUser | null, input: { name: string; preferredLocale: Locale }): Promise<{ ok: true } | Unauthorized> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  await getDb().update(users).set({ name: input.name, preferredLocale: input.preferredLocale }).where(eq(users.id, caller.id));
  return { ok: true };
}

/**
 * Checks the caller's current password as a sign-in would, with the same
 * throttle: the account page must not be a way around the sign-in lock.
 */
export async function confirmPassword(caller: CurrentUser, password: string, context: RequestContext): Promise<"ok" | "wrong" | "throttled"> {
  const subjects = signInSubjects(caller.email, context.address);
  if (!(await takeAttempt(subjects))) return "throttled";
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, caller.id));
  if (!row || !(await verifyPassword(row.passwordHash, password))) return "wrong";
  await clearAttempts(subjects.slice(0, 1));
  return "ok";
}

export type ChangeResult = { ok: true } | Unauthorized | { ok: false; reason: "wrongPassword" | "throttled" | "emailTaken" };

/** The new address must be free whatever its case; the old one is told of the change. */
export async function changeEmail(caller: CurrentUser | null, input: { email: string; currentPassword: string }, context: RequestContext): Promise<ChangeResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const confirmed = await confirmPassword(caller, input.currentPassword, context);
  if (confirmed !== "ok") return { ok: false, reason: confirmed === "wrong" ? "wrongPassword" : "throttled" };
  const db = getDb();
  const [taken] = await db.select({ id: users.id }).from(users).where(and(byEmail(input.email), ne(users.id, caller.id)));
  if (taken) return { ok: false, reason: "emailTaken" };
  try {
    await db.transaction(async (tx) => {
      await tx.update(users).set({ email: input.email }).where(eq(users.id, caller.id));
      await recordAudit(tx, { actorId: caller.id, action: "user.email_change", targetType: "user", targetId: caller.id });
      const t = accountMailText(caller.preferredLocale);
      await queueMail(tx, { to: caller.email, subject: t("emailChangedSubject"), body: t("emailChangedBody", { name: caller.name, email: input.email }) });
    });
  } catch (error) {
    // Another account took the address between the check and the update.
    if (isUniqueViolation(error)) return { ok: false, reason: "emailTaken" };
    throw error;
  }
  return { ok: true };
}

/**
 * Sets a new password and moves the session version on, which ends every
 * session of the account; the action then signs the caller in again.
 */
export async function changePassword(caller: CurrentUser | null, input: { currentPassword: string; newPassword: string }, context: RequestContext): Promise<ChangeResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  const confirmed = await confirmPassword(caller, input.currentPassword, context);
  if (confirmed !== "ok") return { ok: false, reason: confirmed === "wrong" ? "wrongPassword" : "throttled" };
  const passwordHash = await hashPassword(input.newPassword);
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, caller.id));
    await endAllSessions(tx, caller.id);
    await recordAudit(tx, { actorId: caller.id, action: "user.password_change", targetType: "user", targetId: caller.id });
    const t = accountMailText(caller.preferredLocale);
    const link = absoluteHref("/mot-de-passe-oublie", caller.preferredLocale);
    await queueMail(tx, { to: caller.email, subject: t("passwordChangedSubject"), body: t("passwordChangedBody", { name: caller.name, link }) });
  });
  return { ok: true };
}
