import { index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { events } from "./agenda";
import { organisationEnum } from "./news";
import { users } from "./users";

// The organisations an editor speaks for (admins speak for all, with or without rows here).
export const userOrganisations = pgTable(
  "user_organisations",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisation: organisationEnum("organisation").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Organisation first too: "who are this organisation's editors" (the contact form's routing).
  (t) => [primaryKey({ columns: [t.userId, t.organisation] }), index("user_organisations_organisation_idx").on(t.organisation, t.userId)],
);

// Who organises an event: one or more of the three.
export const eventOrganisers = pgTable(
  "event_organisers",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organisation: organisationEnum("organisation").notNull(),
  },
  // The organisation's page and the agenda's filter go from the organisation to its events.
  (t) => [primaryKey({ columns: [t.eventId, t.organisation] }), index("event_organisers_organisation_idx").on(t.organisation, t.eventId)],
);
