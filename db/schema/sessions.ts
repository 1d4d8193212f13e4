import { index, pgTable, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per signed-in browser. The session cookie (a JWT) names its row;
 * deleting the row ends that session on every instance at its next request,
 * which a JWT alone cannot do.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Moved on at most every few minutes (server/users.ts), not on every request.
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    // Names as the user agent gives them ("Chrome", "Android"); the page words the label in the reader's language.
    browser: varchar("browser", { length: 60 }),
    os: varchar("os", { length: 60 }),
    // Only the network (IPv4 /24, IPv6 /48): enough to recognise a place, not a household.
    address: varchar("address", { length: 64 }).notNull(),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId, t.lastSeenAt)],
);

export type UserSession = typeof userSessions.$inferSelect;
