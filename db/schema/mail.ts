import { index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

// Every mail the portal sends; without SMTP_URL this table is the outbox an admin reads.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: varchar("to", { length: 254 }).notNull(),
    // The member the mail is for: "my data" exports mail by this, never by address (an address changes hands).
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    subject: varchar("subject", { length: 300 }).notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    // With SMTP: when an instance took the mail to send it, so that two instances do not both send it.
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: varchar("last_error", { length: 500 }),
  },
  (t) => [
    index("mail_outbox_created_at_idx").on(t.createdAt),
    index("mail_outbox_pending_idx").on(t.sentAt, t.createdAt),
    index("mail_outbox_user_idx").on(t.userId, t.createdAt),
  ],
);

export type OutboxMail = typeof mailOutbox.$inferSelect;
