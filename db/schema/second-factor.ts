import { bigint, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A user's TOTP authenticator. The secret is kept encrypted (AES-256-GCM,
 * server/second-factor/secret-box.ts): a copy of the table opens no account.
 * Until `confirmedAt` is set the enrolment is pending and signs nobody in.
 */
export const secondFactors = pgTable("second_factors", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  // The last TOTP time step accepted: a code is taken only for a later step, so none is used twice.
  lastUsedStep: bigint("last_used_step", { mode: "number" }).notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// Single-use codes for a lost authenticator; only a keyed hash of each is kept.
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: varchar("code_hash", { length: 64 }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId, t.codeHash)],
);

export type SecondFactor = typeof secondFactors.$inferSelect;
