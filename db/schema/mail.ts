import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { events } from "./agenda";
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
    // The HTML part (react-email), its links masked once sent like the text's.
    html: text("html"),
    // Extra headers (List-Unsubscribe) and attachments (an event's .ics), as nodemailer takes them.
    headers: jsonb("headers").$type<Record<string, string>>(),
    attachments: jsonb("attachments").$type<MailAttachment[]>(),
    // The event a mail is about (registration, reminder, change, cancellation): editors see, per event, who was mailed what.
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    // What the mail is, e.g. "event.registered", for that list and for "never twice".
    kind: varchar("kind", { length: 40 }),
    // The pg-boss job that sends it (server/mail-delivery.ts); the job's own row may be archived long before this one.
    jobId: uuid("job_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: varchar("last_error", { length: 500 }),
    // After the job's last attempt failed; an admin's retry clears it.
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_created_at_idx").on(t.createdAt),
    index("mail_outbox_pending_idx").on(t.sentAt, t.createdAt),
    index("mail_outbox_user_idx").on(t.userId, t.createdAt),
    index("mail_outbox_event_idx").on(t.eventId, t.createdAt),
  ],
);

export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutboxMail = typeof mailOutbox.$inferSelect;
