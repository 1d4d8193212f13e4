import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { organisationEnum } from "./news";
import { localeEnum, users } from "./users";

// "merged": a duplicate an editor merged into another idea (merged_into); it leaves the gallery and its address leads there.
export const ideaStatusEnum = pgEnum("idea_status", ["pending", "published", "rejected", "retained", "withdrawn", "merged"]);
export const ideaCategoryEnum = pgEnum("idea_category", [
  "exhibition",
  "concert",
  "conference",
  "publication",
  "youth_education",
  "sport",
  "commemoration",
  "other",
]);
export const ideaReportReasonEnum = pgEnum("idea_report_reason", ["spam", "offensive", "off_topic"]);
// The state of a retained idea's milestone (./idea-milestones.ts); the idea keeps its latest one's.
export const milestoneStatusEnum = pgEnum("milestone_status", ["planned", "in_progress", "done", "abandoned"]);

export type IdeaStatus = (typeof ideaStatusEnum.enumValues)[number];
export type IdeaCategory = (typeof ideaCategoryEnum.enumValues)[number];
export type IdeaReportReason = (typeof ideaReportReasonEnum.enumValues)[number];
export const ideaStatuses = ideaStatusEnum.enumValues;
export const ideaCategories = ideaCategoryEnum.enumValues;
export const ideaReportReasons = ideaReportReasonEnum.enumValues;
export type MilestoneStatus = (typeof milestoneStatusEnum.enumValues)[number];
export const milestoneStatuses = milestoneStatusEnum.enumValues;

/** A retained idea on the action plan: public, and retained. The programme's partial indexes say exactly this. */
export const programmeIdeaPredicate = "status = 'retained' and hidden_at is null";

/**
 * What the public sees: published or retained, and not hidden by reports.
 * Written out as literal SQL so that the partial indexes below and the
 * queries that use them say exactly the same thing (the planner must prove it).
 */
export const publicIdeaPredicate = "status in ('published', 'retained') and hidden_at is null";

// Millisecond timestamps: keyset cursors travel through JavaScript Dates.
const ms = { withTimezone: true, precision: 3 } as const;

export const ideas = pgTable(
  "ideas",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    // Null once the author deleted their account: the idea stays, anonymous.
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    title: varchar("title", { length: 150 }).notNull(),
    description: text("description").notNull(),
    category: ideaCategoryEnum("category").notNull(),
    language: localeEnum("language").notNull(),
    showName: boolean("show_name").notNull().default(true),
    status: ideaStatusEnum("status").notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    publicAnswer: text("public_answer"),
    // The organisation that gave the decision and signs the public answer (the deciding editor's choice among theirs).
    answeredBy: organisationEnum("answered_by"),
    // Kept in the same transaction as the rows they count, so lists never count.
    supportCount: integer("support_count").notNull().default(0),
    reportCount: integer("report_count").notNull().default(0),
    // Visible comments and replies, kept with them in the same transaction ("most discussed").
    commentCount: integer("comment_count").notNull().default(0),
    // A retained idea's progress, kept with its milestones in the same transaction (the action plan lists and filters by it):
    // the status of its latest milestone (by date), how many it has and how many are done.
    progressStatus: milestoneStatusEnum("progress_status"),
    milestoneCount: integer("milestone_count").notNull().default(0),
    milestonesDone: integer("milestones_done").notNull().default(0),
    // Set when enough members reported a public idea; an editor clears it.
    hiddenAt: timestamp("hidden_at", ms),
    // Set when an editor restores a hidden idea: their judgement stands, further reports are refused.
    reportsLockedAt: timestamp("reports_locked_at", ms),
    // Bumped by every change, so that a decision taken on a stale view fails.
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", ms).notNull().defaultNow(),
    publishedAt: timestamp("published_at", ms),
    moderatedAt: timestamp("moderated_at", ms),
    moderatedBy: uuid("moderated_by").references(() => users.id, { onDelete: "set null" }),
    // The idea a duplicate was merged into (status "merged"): its supports went there, its page redirects there.
    mergedInto: integer("merged_into").references((): AnyPgColumn => ideas.id, { onDelete: "set null" }),
  },
  (t) => [
    check("ideas_support_count_check", sql`support_count >= 0`),
    check("ideas_published_at_check", sql`status not in ('published', 'retained') or published_at is not null`),
    index("ideas_public_supports_idx").on(t.supportCount, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_public_newest_idx").on(t.publishedAt, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_public_category_supports_idx").on(t.category, t.supportCount, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_public_category_newest_idx").on(t.category, t.publishedAt, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_public_discussed_idx").on(t.commentCount, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_public_category_discussed_idx").on(t.category, t.commentCount, t.id).where(sql.raw(publicIdeaPredicate)),
    index("ideas_programme_idx").on(t.publishedAt, t.id).where(sql.raw(programmeIdeaPredicate)),
    index("ideas_programme_organisation_idx").on(t.answeredBy, t.publishedAt, t.id).where(sql.raw(programmeIdeaPredicate)),
    index("ideas_programme_progress_idx").on(t.progressStatus, t.publishedAt, t.id).where(sql.raw(programmeIdeaPredicate)),
    index("ideas_pending_queue_idx").on(t.createdAt, t.id).where(sql`status = 'pending'`),
    index("ideas_hidden_queue_idx").on(t.hiddenAt, t.id).where(sql`hidden_at is not null`),
    index("ideas_author_idx").on(t.authorId, t.createdAt),
    // The ideas merged into one, moved along when that one is merged in turn.
    index("ideas_merged_into_idx").on(t.mergedInto).where(sql`merged_into is not null`),
  ],
);

export const ideaSupports = pgTable(
  "idea_supports",
  {
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
  },
  // A member's supports, newest first by keyset on (created_at, idea_id): the account page; also their erasure.
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("idea_supports_user_created_idx").on(t.userId, t.createdAt, t.ideaId)],
);

export const ideaReports = pgTable(
  "idea_reports",
  {
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: ideaReportReasonEnum("reason").notNull(),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    // Set when an editor restores the idea: the report was unfounded. Enough of them and the reporter may no longer report.
    rejectedAt: timestamp("rejected_at", ms),
  },
  (t) => [
    primaryKey({ columns: [t.ideaId, t.reporterId] }),
    index("idea_reports_reporter_idx").on(t.reporterId),
    index("idea_reports_rejected_idx").on(t.reporterId).where(sql`rejected_at is not null`),
  ],
);

export type Idea = typeof ideas.$inferSelect;
export type NewIdea = typeof ideas.$inferInsert;
