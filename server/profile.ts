import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { absoluteHref } from "@/lib/absolute-href";
import { hashPassword, verifyPassword } from "@/lib/password";
import { recordAudit } from "./audit";
import { issueEmailToken, voidEmailTokens } from "./email-tokens";
import { queueMail } from "./mail";
import { accountMailText } from "./mail-text";
import { voidResetLinks } from "./password-reset";
import { takeAttempt, throttleRules } from "./throttle";
import { endAllSessions } from "./user-sessions";
import { byEmail, settleSignIn, signInSubjects, type CurrentUser, type RequestContext } from "./users";

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
  await settleSignIn(subjects);
  return "ok";
}

export type ChangeResult = { ok: true } | Unauthorized | { ok: false; reason: "wrongPassword" | "throttled" };

/**
 * Asks for a change of address; nothing changes until the new address
 * confirms it (server/verification.ts confirmEmailLink). The new address
 * gets the confirmation link; the old one is told at once, with a link to
 * cancel within a week. Whether the new address already has an account or
 * not, the answer is the same (its owner is told someone tried), so that
 * the form does not tell who has an account.
 */
export async function changeEmail(caller: CurrentUser | null, input: { email: string; currentPassword: string }, context: RequestContext, now = new Date()): Promise<ChangeResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  if (!(await takeAttempt([{ rule: throttleRules.emailChangeAccount, value: caller.id }], now))) return { ok: false, reason: "throttled" };
  const confirmed = await confirmPassword(caller, input.currentPassword, context);
  if (confirmed !== "ok") return { ok: false, reason: confirmed === "wrong" ? "wrongPassword" : "throttled" };
  const email = input.email.trim();
  await getDb().transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, caller.id)).for("update");
    if (!user || email.toLowerCase() === user.email.toLowerCase()) return;
    const [owner] = await tx.select().from(users).where(and(byEmail(email), ne(users.id, caller.id)));
    if (owner) {
      const t = accountMailText(owner.preferredLocale);
      const link = absoluteHref("/mot-de-passe-oublie", owner.preferredLocale);
      await queueMail(tx, { to: owner.email, userId: owner.id, locale: owner.preferredLocale, subject: t("addressInUseSubject"), body: t("addressInUseBody", { name: owner.name, link }) });
      return;
    }
    // One pending change at a time: a new request replaces the links of the last one.
    await voidEmailTokens(tx, user.id, "change", now);
    const confirmToken = await issueEmailToken(tx, { userId: user.id, purpose: "change", email }, now);
    const cancelToken = await issueEmailToken(tx, { userId: user.id, purpose: "cancel", email: user.email }, now);
    await recordAudit(tx, { actorId: user.id, action: "user.email_change_request", targetType: "user", targetId: user.id });
    const t = accountMailText(user.preferredLocale);
    const confirmLink = absoluteHref("/confirmer/[token]", user.preferredLocale, { token: confirmToken });
    const cancelLink = absoluteHref("/annuler-changement/[token]", user.preferredLocale, { token: cancelToken });
    await queueMail(tx, { to: email, userId: user.id, locale: user.preferredLocale, subject: t("emailChangeConfirmSubject"), body: t("emailChangeConfirmBody", { name: user.name, email, link: confirmLink }) });
    await queueMail(tx, { to: user.email, userId: user.id, locale: user.preferredLocale, subject: t("emailChangeNoticeSubject"), body: t("emailChangeNoticeBody", { name: user.name, email, link: cancelLink }) });
  });
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
    await voidResetLinks(tx, caller.id);
    await recordAudit(tx, { actorId: caller.id, action: "user.password_change", targetType: "user", targetId: caller.id });
    const t = accountMailText(caller.preferredLocale);
    const link = absoluteHref("/mot-de-passe-oublie", caller.preferredLocale);
    await queueMail(tx, { to: caller.email, userId: caller.id, locale: caller.preferredLocale, subject: t("passwordChangedSubject"), body: t("passwordChangedBody", { name: caller.name, link }) });
  });
  return { ok: true };
}
