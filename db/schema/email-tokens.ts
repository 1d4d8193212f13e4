import { index, pgEnum, pgTable, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

// verify: confirms the address an account signed up with; change: confirms a new address from its own
// mailbox; cancel: sent to the old address, undoes a change.
export const emailTokenPurposeEnum = pgEnum("email_token_purpose", ["verify", "change", "cancel"]);
export type EmailTokenPurpose = (typeof emailTokenPurposeEnum.enumValues)[number];

// Like reset links, only a hash of the token is kept: a leaked table holds no usable link.
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: emailTokenPurposeEnum("purpose").notNull(),
    // verify: the address confirmed; change: the new address; cancel: the old address to restore.
    email: varchar("email", { length: 254 }).notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose)],
);

export type EmailToken = typeof emailTokens.$inferSelect;
