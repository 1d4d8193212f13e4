import { index, integer, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

/**
 * Attempt counters for sign-in, sign-up and password reset, shared by every
 * instance of the portal. The key is a hash of the rule and its subject (an
 * address or an email), so the table holds no address in clear.
 */
export const throttleCounters = pgTable(
  "throttle_counters",
  {
    key: varchar("key", { length: 64 }).primaryKey(),
    count: integer("count").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  },
  (t) => [index("throttle_counters_window_idx").on(t.windowStartedAt)],
);
