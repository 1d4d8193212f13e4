import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { localeEnum, users } from "./users";

export const eventCategoryEnum = pgEnum("event_category", [
  "concert",
  "exhibition",
  "conference",
  "film",
  "class",
  "celebration",
  "commemoration",
  "meeting",
]);
export type EventCategory = (typeof eventCategoryEnum.enumValues)[number];
export const eventCategories = eventCategoryEnum.enumValues;

export const eventStatusEnum = pgEnum("event_status", ["draft", "published"]);
export type EventStatus = (typeof eventStatusEnum.enumValues)[number];

export const registrationStatusEnum = pgEnum("registration_status", ["registered", "waitlisted"]);
export type RegistrationStatus = (typeof registrationStatusEnum.enumValues)[number];

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    category: eventCategoryEnum("category").notNull(),
    status: eventStatusEnum("status").notNull().default("draft"),
    // Millisecond precision, like JavaScript dates, so that keyset cursors compare exactly.
    startsAt: timestamp("starts_at", { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, precision: 3 }).notNull(),
    // Null: no registration (free entry).
    capacity: integer("capacity"),
    // Null: registration closes when the event starts.
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true, precision: 3 }),
    // Entry price in euro cents; 0: free; null: not stated (nothing is shown).
    priceCents: integer("price_cents"),
    coverImage: varchar("cover_image", { length: 64 }),
    // Set when an editor cancels an event that had registrations (it is never deleted then): the page stays, with the reason.
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancellationReason: varchar("cancellation_reason", { length: 500 }),
    // Hours before the start when those registered are reminded (server/agenda/reminders.ts); null: no reminder.
    reminderHours: integer("reminder_hours").default(48),
    // An event of several organisers asked to be published, waiting for the approval of another (server/joint/): a draft until then.
    awaitingApproval: boolean("awaiting_approval").notNull().default(false),
    // Bumped on every edit: the SEQUENCE calendar applications compare.
    revision: integer("revision").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Upcoming (start >= now, ascending) and past (start < now, descending) are range scans of one index.
    index("events_starts_at_idx").on(t.startsAt, t.id),
    index("events_category_starts_at_idx").on(t.category, t.startsAt, t.id),
    // Events under way (started, not ended): a short range of end times.
    index("events_ends_at_idx").on(t.endsAt),
    check("events_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check("events_price_not_negative", sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
  ],
);

export const eventTranslations = pgTable(
  "event_translations",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    locale: localeEnum("locale").notNull(),
    slug: varchar("slug", { length: 80 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    summary: varchar("summary", { length: 400 }).notNull(),
    place: varchar("place", { length: 200 }).notNull(),
    body: text("body").notNull(),
    // What the cover shows, in this language; required by the editor when the event has a cover.
    coverAlt: varchar("cover_alt", { length: 200 }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.locale] }), uniqueIndex("event_translations_slug_key").on(t.slug, t.locale)],
);

export const eventRegistrations = pgTable(
  "event_registrations",
  {
    // Taken while the event row is locked, so it orders the waiting list as registrations came in.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: registrationStatusEnum("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // When a place freed up for a waitlisted member (and their mail was queued).
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    // When the reminder went out: set in the transaction that queues it, so that it goes out once.
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    // One registration per member and event: registering twice changes nothing.
    uniqueIndex("event_registrations_event_user_key").on(t.eventId, t.userId),
    index("event_registrations_event_status_idx").on(t.eventId, t.status, t.id),
    index("event_registrations_user_idx").on(t.userId),
    // The admin home counts who waits for a place.
    index("event_registrations_waitlisted_idx").on(t.eventId).where(sql`status = 'waitlisted'`),
  ],
);

export type Event = typeof events.$inferSelect;
export type EventTranslation = typeof eventTranslations.$inferSelect;
export type EventRegistration = typeof eventRegistrations.$inferSelect;
