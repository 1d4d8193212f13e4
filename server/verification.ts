import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { users, type EmailTokenPurpose, type User } from "@/db/schema";
import { absoluteHref } from "@/lib/absolute-href";
import { recordAudit } from "./audit";
import { emailLinkState, findEmailToken, issueEmailToken, voidEmailTokens, type EmailLinkState } from "./email-tokens";
import { queueMail } from "./mail";
import { accountMailText } from "./mail-text";
import { voidResetLinks } from "./password-reset";
import { takeAttempt, throttleRules } from "./throttle";
import type { CurrentUser } from "./users";

/**
 * Whether the member has confirmed their address. Submitting, supporting,
 * reporting and registering call it (inside their transaction, where they
 * have one); pages read `emailVerified` from the caller (its session row).
 */
export async function isEmailVerified(userId: string, db: Db | Tx = getDb()): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), isNotNull(users.emailVerifiedAt)));
  return !!row;
}

type MailUser = Pick<User, "id" | "email" | "name" | "preferredLocale">;

/** A fresh confirmation link for the account's current address; older ones stop working. */
export async function queueVerificationMail(tx: Db | Tx, user: MailUser, now = new Date(), returnTo?: string): Promise<void> {
  await voidEmailTokens(tx, user.id, "verify", now);
  const token = await issueEmailToken(tx, { userId: user.id, purpose: "verify", email: user.email }, now);
  const t = accountMailText(user.preferredLocale);
  const base = absoluteHref("/confirmer/[token]", user.preferredLocale, { token });
  const link = returnTo ? `${base}?${new URLSearchParams({ next: returnTo })}` : base;
  await queueMail(tx, { to: user.email, userId: user.id, locale: user.preferredLocale, subject: t("verifySubject"), body: t("verifyBody", { name: user.name, link }) });
}

export type ResendResult = { ok: true } | { ok: false; reason: "unauthorized" | "throttled" | "alreadyVerified" };

/** The "send the link again" button; counted per account before anything is sent. */
export async function resendVerificationMail(caller: CurrentUser | null, now = new Date()): Promise<ResendResult> {
  if (!caller) return { ok: false, reason: "unauthorized" };
  if (!(await takeAttempt([{ rule: throttleRules.verificationMailAccount, value: caller.id }], now))) return { ok: false, reason: "throttled" };
  return getDb().transaction(async (tx): Promise<ResendResult> => {
    const [user] = await tx.select().from(users).where(eq(users.id, caller.id)).for("update");
    if (!user || user.bannedAt) return { ok: false, reason: "unauthorized" };
    if (user.emailVerifiedAt) return { ok: false, reason: "alreadyVerified" };
    await queueVerificationMail(tx, user, now);
    return { ok: true };
  });
}

export type EmailLink = { state: EmailLinkState; purpose?: EmailTokenPurpose; email?: string };

/** What a confirmation or cancel page says before the reader presses its button. */
export async function checkEmailLink(token: string, purposes: EmailTokenPurpose[], now = new Date()): Promise<EmailLink> {
  const row = await findEmailToken(getDb(), token);
  if (!row || !purposes.includes(row.purpose)) return { state: "unknown" };
  return { state: emailLinkState(row, now), purpose: row.purpose, email: row.email };
}

export type ConfirmResult = { ok: true; purpose: "verify" | "change"; email: string } | { ok: false; reason: Exclude<EmailLinkState, "valid"> | "emailTaken" };

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Uses a link sent to an address: "verify" marks the account's address
 * confirmed, "change" makes the new address the account's (it is confirmed
 * by this very click). A change voids the open reset and confirmation
 * links: they were mailed to the old address.
 */
export async function confirmEmailLink(token: string, now = new Date()): Promise<ConfirmResult> {
  return getDb().transaction(async (tx): Promise<ConfirmResult> => {
    const row = await findEmailToken(tx, token, { lock: true });
    if (!row || row.purpose === "cancel") return { ok: false, reason: "unknown" };
    const state = emailLinkState(row, now);
    if (state !== "valid") return { ok: false, reason: state };
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId)).for("update");
    if (!user || user.bannedAt) return { ok: false, reason: "unknown" };

    if (row.purpose === "verify") {
      // A link for an address the account no longer has confirms nothing.
      if (!sameAddress(user.email, row.email)) return { ok: false, reason: "unknown" };
      await voidEmailTokens(tx, user.id, "verify", now);
      await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` }).where(eq(users.id, user.id));
      await recordAudit(tx, { actorId: user.id, action: "user.email_verify", targetType: "user", targetId: user.id });
      return { ok: true, purpose: "verify", email: user.email };
    }

    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email.toLowerCase()} and ${users.id} <> ${user.id}`);
    if (taken) return { ok: false, reason: "emailTaken" };
    await voidEmailTokens(tx, user.id, "change", now);
    await voidEmailTokens(tx, user.id, "verify", now);
    await voidResetLinks(tx, user.id, now);
    await tx.update(users).set({ email: row.email, emailVerifiedAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, { actorId: user.id, action: "user.email_change", targetType: "user", targetId: user.id });
    return { ok: true, purpose: "change", email: row.email };
  });
}

export type CancelResult = { ok: true; restored: boolean; email: string } | { ok: false; reason: Exclude<EmailLinkState, "valid"> | "emailTaken" };

/**
 * The link mailed to the old address when a change was asked: it stops a
 * change not yet confirmed, or puts the old address back if it was, and
 * then ends every session (whoever asked the change may be signed in) and
 * voids the reset links.
 */
export async function cancelEmailChange(token: string, now = new Date()): Promise<CancelResult> {
  return getDb().transaction(async (tx): Promise<CancelResult> => {
    const row = await findEmailToken(tx, token, { lock: true });
    if (!row || row.purpose !== "cancel") return { ok: false, reason: "unknown" };
    const state = emailLinkState(row, now);
    if (state !== "valid") return { ok: false, reason: state };
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId)).for("update");
    if (!user) return { ok: false, reason: "unknown" };
    const restored = !sameAddress(user.email, row.email);
    if (restored) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email.toLowerCase()} and ${users.id} <> ${user.id}`);
      if (taken) return { ok: false, reason: "emailTaken" };
    }
    await voidEmailTokens(tx, user.id, "change", now);
    await voidEmailTokens(tx, user.id, "verify", now);
    await voidEmailTokens(tx, user.id, "cancel", now);
    await voidResetLinks(tx, user.id, now);
    // The click came from the old mailbox: that address is confirmed.
    await tx
      .update(users)
      .set({ email: row.email, emailVerifiedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, { actorId: null, action: "user.email_change_cancel", targetType: "user", targetId: user.id, details: { restored } });
    return { ok: true, restored, email: row.email };
  });
}
