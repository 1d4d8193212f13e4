import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

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
    // What the admin wrote when suspending: the member reads it when they try to sign in.
    banReason: varchar("ban_reason", { length: 500 }),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    // A mail when an idea they follow has news (server/ideas/follow.ts), besides the account's notifications: off until they ask.
    ideaMail: boolean("idea_mail").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // What the admin's search matches: name and email folded by portal_fold (migration 0001:
    // lower case, accents and Azerbaijani letters to plain Latin), kept by PostgreSQL itself.
    searchKey: text("search_key")
      .notNull()
      .generatedAlwaysAs(sql`portal_fold(name || ' ' || email)`),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    // The admin's list, newest first, a page after the other (keyset); the admin home's count of new members.
    index("users_created_at_id_idx").on(t.createdAt, t.id),
    // The admin's search by any part of a name or an email (trigrams serve LIKE '%…%').
    index("users_search_key_trgm_idx").using("gin", t.searchKey.op("gin_trgm_ops")),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
