import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { ideas, milestoneStatusEnum } from "./ideas";
import { users } from "./users";

const ms = { withTimezone: true, precision: 3 } as const;

/**
 * A step of a retained idea's progress, written by the organisation that
 * retained it: a date, a text in French and/or Azerbaijani, an optional photo
 * (an upload name, as covers are) with its description per language, and a
 * status; an abandoned step says why. The idea's progress columns summarise
 * its milestones (server/ideas/milestones.ts keeps them in step).
 */
export const ideaMilestones = pgTable(
  "idea_milestones",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    happenedOn: date("happened_on", { mode: "string" }).notNull(),
    status: milestoneStatusEnum("status").notNull(),
    textFr: text("text_fr"),
    textAz: text("text_az"),
    reasonFr: text("reason_fr"),
    reasonAz: text("reason_az"),
    photo: varchar("photo", { length: 64 }),
    photoAltFr: varchar("photo_alt_fr", { length: 300 }),
    photoAltAz: varchar("photo_alt_az", { length: 300 }),
    // Null once the editor's account is deleted: the step stays, it is the organisation's.
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", ms).notNull().defaultNow(),
  },
  (t) => [
    check("idea_milestones_text_check", sql`coalesce(text_fr, text_az) is not null`),
    check("idea_milestones_abandoned_reason_check", sql`status <> 'abandoned' or coalesce(reason_fr, reason_az) is not null`),
    // The timeline, oldest first; its last row is the idea's latest milestone.
    index("idea_milestones_timeline_idx").on(t.ideaId, t.happenedOn, t.id),
    index("idea_milestones_created_by_idx").on(t.createdBy),
  ],
);

export type IdeaMilestone = typeof ideaMilestones.$inferSelect;
