import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["member", "editor", "admin"]);
export const localeEnum = pgEnum("locale", ["fr", "az"]);

export type Role = (typeof roleEnum.enumValues)[number];
export const roles = roleEnum.enumValues;

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 254 }).notNull(),
    name: varchar("name", { length: 80 }).notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull().default("member"),
    preferredLocale: localeEnum("preferred_locale").notNull().default("fr"),
    // Bumped to end every session of the user at once (JWTs cannot be recalled).
    sessionVersion: integer("session_version").notNull().default(1),
    bannedAt: timestamp("banned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // created_at: the admin home counts the members of the last days.
  (t) => [uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`), index("users_created_at_idx").on(t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
