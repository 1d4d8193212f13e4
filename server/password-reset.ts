import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/password";
import { absoluteHref } from "@/lib/absolute-href";
import { recordAudit } from "./audit";
import { voidEmailTokens } from "./email-tokens";
import { queueMail } from "./mail";
import { accountMailText } from "./mail-text";
import { clearAttempts, takeAttempt, throttleRules } from "./throttle";
import { endAllSessions } from "./user-sessions";
import { byEmail, signInSubjects, type RequestContext } from "./users";

export const RESET_LINK_LIFETIME_MS = 60 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Sends a single-use link to the account with this email, if there is one.
 * The answer is the same either way, so that nobody learns who has an account.
 */
export async function requestPasswordReset(email: string, context: RequestContext, now = new Date()): Promise<{ ok: true } | { ok: false; reason: "throttled" }> {
  const subjects = [
    { rule: throttleRules.resetAccount, value: email.toLowerCase() },
    { rule: throttleRules.resetAddress, value: context.address },
  ];
  if (!(await takeAttempt(subjects, now))) return { ok: false, reason: "throttled" };

  const db = getDb();
  const [user] = await db.select().from(users).where(byEmail(email));
  if (!user || user.bannedAt) return { ok: true };

  const token = randomBytes(32).toString("base64url");
  const t = accountMailText(user.preferredLocale);
  const link = absoluteHref("/reinitialiser/[token]", user.preferredLocale, { token });
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_LINK_LIFETIME_MS) });
    await queueMail(tx, { to: user.email, userId: user.id, locale: user.preferredLocale, subject: t("resetSubject"), body: t("resetBody", { name: user.name, link }) });
  });
  return { ok: true };
}

/** Uses up the account's open reset links: every change of address or password calls it, in its transaction. */
export async function voidResetLinks(tx: Db | Tx, userId: string, now = new Date()): Promise<void> {
  await tx.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

export type ResetLinkState = "valid" | "used" | "expired" | "unknown";

async function findToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const [row] = await getDb().select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, hashToken(token)));
  return row;
}

function stateOf(row: { usedAt: Date | null; expiresAt: Date } | undefined, now: Date): ResetLinkState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}

/** What the reset page says before the member types a new password. */
export async function checkResetLink(token: string, now = new Date()): Promise<ResetLinkState> {
  return stateOf(await findToken(token), now);
}

/**
 * Sets the new password, uses up every open link of the account and ends
 * all its sessions (the session version moves on), in one transaction. The
 * link came to the account's address (a change of address voids it), so
 * the address is confirmed too; a pending change of address is dropped.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: Exclude<ResetLinkState, "valid"> }> {
  const found = await findToken(token);
  if (!found) return { ok: false, reason: "unknown" };
  const passwordHash = await hashPassword(newPassword);
  const result = await getDb().transaction(async (tx) => {
    // The row lock makes two submissions of one link use it once.
    const [row] = await tx.select().from(passwordResetTokens).where(eq(passwordResetTokens.id, found.id)).for("update");
    const state = stateOf(row, now);
    if (state !== "valid") return { ok: false as const, reason: state };
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, row.userId))
      .returning({ id: users.id, email: users.email, name: users.name, preferredLocale: users.preferredLocale });
    await endAllSessions(tx, row.userId);
    await voidResetLinks(tx, row.userId, now);
    await voidEmailTokens(tx, row.userId, "change", now);
    await recordAudit(tx, { actorId: user.id, action: "user.password_reset", targetType: "user", targetId: user.id });
    const t = accountMailText(user.preferredLocale);
    await queueMail(tx, { to: user.email, userId: user.id, locale: user.preferredLocale, subject: t("passwordChangedSubject"), body: t("passwordChangedBody", { name: user.name, link: absoluteHref("/mot-de-passe-oublie", user.preferredLocale) }) });
    return { ok: true as const, email: user.email };
  });
  // Whoever can read the mailbox may sign in again at once, lock or not.
  if (result.ok) await clearAttempts(signInSubjects(result.email, "").slice(0, 1));
  return result.ok ? { ok: true } : result;
}
