import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, primaryKey, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { mailOutbox } from "./mail";
import { articles, organisationEnum } from "./news";
import { localeEnum, users } from "./users";

// Each new article as it goes live, or one mail a week (new articles and the coming two weeks' events).
export const subscriptionFrequencyEnum = pgEnum("subscription_frequency", ["each", "weekly"]);
export type SubscriptionFrequency = (typeof subscriptionFrequencyEnum.enumValues)[number];

/**
 * One address's subscription to the news (of some organisations) and/or the
 * agenda, in one or both languages. It counts only once confirmed (double
 * opt-in); unsubscribing deletes the row and leaves a suppression.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Lower-cased: one row per address.
    email: varchar("email", { length: 254 }).notNull().unique(),
    // The member whose account has this address, if any: "my data" and account deletion find it by this.
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    organisations: organisationEnum("organisations").array().notNull().default(sql`'{}'`),
    agenda: boolean("agenda").notNull().default(false),
    locales: localeEnum("locales").array().notNull(),
    frequency: subscriptionFrequencyEnum("frequency").notNull().default("each"),
    // The language the subscriber used: the frame, footer and links of their mail.
    locale: localeEnum("locale").notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("subscriptions_user_idx").on(t.userId),
    check("subscriptions_something", sql`cardinality(${t.organisations}) > 0 or ${t.agenda}`),
    check("subscriptions_locales", sql`cardinality(${t.locales}) > 0`),
  ],
);

// What the law needs to honour an unsubscription: a hash of the address, never the address itself.
export const mailSuppressions = pgTable("mail_suppressions", {
  emailHash: varchar("email_hash", { length: 64 }).primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// An article sent to its subscribers: at most one sending per article.
export const newsSendings = pgTable(
  "news_sendings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .unique()
      .references(() => articles.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // When the recipients were listed (once the article was live); null while it waits for its date.
    listedAt: timestamp("listed_at", { withTimezone: true }),
  },
  (t) => [index("news_sendings_pending_idx").on(t.listedAt)],
);

// One row per (sending, address): the primary key is what makes "never twice" hold, whatever runs at once.
export const newsSendingRecipients = pgTable(
  "news_sending_recipients",
  {
    sendingId: uuid("sending_id")
      .notNull()
      .references(() => newsSendings.id, { onDelete: "cascade" }),
    email: varchar("email", { length: 254 }).notNull(),
    subscriptionId: uuid("subscription_id").references(() => subscriptions.id, { onDelete: "set null" }),
    // Null until the mail is queued (in batches of MAIL_RATE_PER_MINUTE); the outbox row says sent or failed.
    mailId: uuid("mail_id").references(() => mailOutbox.id, { onDelete: "set null" }),
    queuedAt: timestamp("queued_at", { withTimezone: true }),
    // Unsubscribed before their turn came: nothing is sent.
    skipped: boolean("skipped").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.sendingId, t.email] }), index("news_sending_recipients_pending_idx").on(t.sendingId).where(sql`queued_at is null`)],
);

export type Subscription = typeof subscriptions.$inferSelect;

// The weekly digest: one row per (week, address), so that a second run of the schedule sends nothing again.
export const digestRecipients = pgTable(
  "digest_recipients",
  {
    // ISO week of the digest, e.g. "2026-W49".
    week: varchar("week", { length: 10 }).notNull(),
    email: varchar("email", { length: 254 }).notNull(),
    mailId: uuid("mail_id").references(() => mailOutbox.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Null until queued (in the same batches as articles); skipped when there was nothing new for this subscriber.
    queuedAt: timestamp("queued_at", { withTimezone: true }),
    skipped: boolean("skipped").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.week, t.email] }), index("digest_recipients_pending_idx").on(t.week).where(sql`queued_at is null`)],
);
