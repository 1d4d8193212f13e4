import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { ideas } from "./ideas";
import { users } from "./users";

// Millisecond timestamps: keyset cursors travel through JavaScript Dates.
const ms = { withTimezone: true, precision: 3 } as const;

/**
 * Who follows an idea. Its author from the moment they submit it and a member
 * from the moment they support it follow it by default; anyone signed in may
 * follow or stop. Stopping keeps the row (`following` false), so that a later
 * support does not follow again against the member's word.
 */
export const ideaFollows = pgTable(
  "idea_follows",
  {
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    following: boolean("following").notNull().default(true),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    // The last mail about this idea to this member: at most one a day (server/ideas/follow.ts).
    mailedAt: timestamp("mailed_at", ms),
  },
  // By primary key: an idea's followers (the fan-out), and one reader's row (the island); by user, latest first:
  // the account's list of followed ideas (keyset on created_at, idea_id), and their erasure.
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("idea_follows_user_created_idx").on(t.userId, t.createdAt, t.ideaId)],
);

export const notificationKindEnum = pgEnum("notification_kind", ["answered", "retained", "milestone", "comment"]);
export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];

/**
 * What happened to an idea a member follows, written in the same transaction
 * as the event (a decision, a milestone, a comment), for every follower but
 * the one who caused it. Read on the account page, newest first.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    readAt: timestamp("read_at", ms),
  },
  (t) => [
    // The account page's list, newest first by keyset on (created_at, id).
    index("notifications_recipient_created_idx").on(t.recipientId, t.createdAt, t.id),
    // The header's unread count: only the unread rows are in it.
    index("notifications_recipient_unread_idx").on(t.recipientId).where(sql`read_at is null`),
    index("notifications_idea_idx").on(t.ideaId),
  ],
);
