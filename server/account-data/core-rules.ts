import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { auditLog, mailOutbox, passwordResetTokens, throttleCounters, users } from "@/db/schema";
import { throttleKey, throttleRules } from "../throttle";
import type { AccountDataRule } from "./rule";

export const profileRule: AccountDataRule = {
  table: users,
  section: "profile",
  export: async (tx, user) => {
    const [row] = await tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, preferredLocale: users.preferredLocale, createdAt: users.createdAt, bannedAt: users.bannedAt })
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

// The outbox has no foreign key, but what it holds for the member is theirs all the same.
export const mailRule: AccountDataRule = {
  table: mailOutbox,
  section: "mail",
  export: (tx, user) =>
    tx
      .select({ to: mailOutbox.to, subject: mailOutbox.subject, body: mailOutbox.body, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
      .from(mailOutbox)
      .where(sql`lower(${mailOutbox.to}) = ${user.email.toLowerCase()}`)
      .orderBy(asc(mailOutbox.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.to}) = ${user.email.toLowerCase()}`);
  },
};

// Counters are keyed by a hash of the email; the member's go with the account.
export const throttleRule: AccountDataRule = {
  table: throttleCounters,
  section: "throttle",
  erase: async (tx, user) => {
    const email = user.email.toLowerCase();
    const keys = [throttleRules.signInAccount, throttleRules.signUpAccount, throttleRules.resetAccount].map((rule) => throttleKey({ rule, value: email }));
    await tx.delete(throttleCounters).where(inArray(throttleCounters.key, keys));
  },
};
