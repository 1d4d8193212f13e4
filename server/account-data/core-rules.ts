import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { auditLog, emailTokens, mailOutbox, passwordResetTokens, throttleCounters, users } from "@/db/schema";
import { maskMailSecrets } from "@/lib/mail-mask";
import { throttleKey, throttleRules } from "../throttle";
import type { AccountDataRule } from "./rule";

export const profileRule: AccountDataRule = {
  table: users,
  section: "profile",
  export: async (tx, user) => {
    const [row] = await tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, preferredLocale: users.preferredLocale, createdAt: users.createdAt, bannedAt: users.bannedAt, emailVerifiedAt: users.emailVerifiedAt, ideaMail: users.ideaMail })
      .from(users)
      .where(eq(users.id, user.id));
    return row;
  },
  // Runs last: every other rule has let go of the row by then.
  erase: async (tx, user) => {
    await tx.delete(users).where(eq(users.id, user.id));
  },
};

// The log keeps its rows: the foreign key sets the actor to null when the user row goes.
export const auditLogRule: AccountDataRule = {
  table: auditLog,
  section: "auditLog",
  export: (tx, user) =>
    tx
      .select({ action: auditLog.action, targetType: auditLog.targetType, targetId: auditLog.targetId, details: auditLog.details, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(or(eq(auditLog.actorId, user.id), and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, user.id))))
      .orderBy(asc(auditLog.createdAt)),
  erase: async () => {},
};

export const passwordResetRule: AccountDataRule = {
  table: passwordResetTokens,
  section: "passwordResetLinks",
  export: (tx, user) =>
    tx
      .select({ createdAt: passwordResetTokens.createdAt, expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id))
      .orderBy(asc(passwordResetTokens.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
  },
};

export const emailTokensRule: AccountDataRule = {
  table: emailTokens,
  section: "emailLinks",
  export: (tx, user) =>
    tx
      .select({ purpose: emailTokens.purpose, email: emailTokens.email, createdAt: emailTokens.createdAt, expiresAt: emailTokens.expiresAt, usedAt: emailTokens.usedAt })
      .from(emailTokens)
      .where(eq(emailTokens.userId, user.id))
      .orderBy(asc(emailTokens.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(emailTokens).where(eq(emailTokens.userId, user.id));
  },
};

// Mail is the member's by its user id, never by address: whoever holds an address today did not
// necessarily hold it when a mail went to it. Links that carry a token are masked even here.
export const mailRule: AccountDataRule = {
  table: mailOutbox,
  section: "mail",
  export: async (tx, user) => {
    const rows = await tx
      .select({ to: mailOutbox.to, subject: mailOutbox.subject, body: mailOutbox.body, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
      .from(mailOutbox)
      .where(eq(mailOutbox.userId, user.id))
      .orderBy(asc(mailOutbox.createdAt));
    return rows.map((row) => ({ ...row, body: maskMailSecrets(row.body) }));
  },
  // Rows from before mail carried its user (user_id null) go by the address they were sent to.
  erase: async (tx, user) => {
    await tx.delete(mailOutbox).where(or(eq(mailOutbox.userId, user.id), and(isNull(mailOutbox.userId), sql`lower(${mailOutbox.to}) = ${user.email.toLowerCase()}`)));
  },
};

// Counters are keyed by a hash of the email; the member's go with the account.
export const throttleRule: AccountDataRule = {
  table: throttleCounters,
  section: "throttle",
  erase: async (tx, user) => {
    const email = user.email.toLowerCase();
    const keys = [throttleRules.signInAccount, throttleRules.signUpAccount, throttleRules.resetAccount].map((rule) => throttleKey({ rule, value: email }));
    keys.push(...[throttleRules.emailChangeAccount, throttleRules.verificationMailAccount].map((rule) => throttleKey({ rule, value: user.id })));
    await tx.delete(throttleCounters).where(inArray(throttleCounters.key, keys));
  },
};
