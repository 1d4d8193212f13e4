import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { ideaReportReasonEnum, ideas } from "./ideas";
import { localeEnum, users } from "./users";

// Millisecond timestamps: keyset cursors travel through JavaScript Dates.
const ms = { withTimezone: true, precision: 3 } as const;

/**
 * A member's comment on a public idea, or a reply to one (one level: a reply's
 * parent is always a top-level comment). Post-moderated: public at once,
 * hidden by editors with a reason its author sees, or by enough reports.
 */
export const ideaComments = pgTable(
  "idea_comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    parentId: integer("parent_id"),
    // Null once the author deleted their account: the comment stays, its text erased.
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    // Whether the author wrote as an editor: the mark stays what it was when they spoke.
    byEditor: boolean("by_editor").notNull().default(false),
    body: text("body").notNull(),
    language: localeEnum("language").notNull(),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    editedAt: timestamp("edited_at", ms),
    // Deleted by its author: the text goes, the place stays while replies hang from it.
    deletedAt: timestamp("deleted_at", ms),
    hiddenAt: timestamp("hidden_at", ms),
    hiddenReason: varchar("hidden_reason", { length: 500 }),
    hiddenBy: uuid("hidden_by").references(() => users.id, { onDelete: "set null" }),
    officialAt: timestamp("official_at", ms),
    reportCount: integer("report_count").notNull().default(0),
    // Set when an editor restores a hidden comment: further reports are refused.
    reportsLockedAt: timestamp("reports_locked_at", ms),
    // Written under a duplicate since merged into this idea (server/ideas/merge.ts): the discussion came along.
    mergedFrom: integer("merged_from").references(() => ideas.id, { onDelete: "set null" }),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "idea_comments_parent_fk" }).onDelete("cascade"),
    check("idea_comments_not_own_parent", sql`parent_id is null or parent_id <> id`),
    // The discussion's pages: top-level comments, oldest first, then each one's replies.
    index("idea_comments_thread_idx").on(t.ideaId, t.createdAt, t.id).where(sql`parent_id is null`),
    index("idea_comments_replies_idx").on(t.parentId, t.createdAt, t.id).where(sql`parent_id is not null`),
    index("idea_comments_official_idx").on(t.ideaId).where(sql`official_at is not null`),
    index("idea_comments_hidden_idx").on(t.hiddenAt, t.id).where(sql`hidden_at is not null`),
    index("idea_comments_reported_idx").on(t.reportCount, t.id).where(sql`report_count > 0 and hidden_at is null and reports_locked_at is null`),
    index("idea_comments_author_idx").on(t.authorId, t.createdAt),
  ],
);

export const ideaCommentReports = pgTable(
  "idea_comment_reports",
  {
    commentId: integer("comment_id")
      .notNull()
      .references(() => ideaComments.id, { onDelete: "cascade" }),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: ideaReportReasonEnum("reason").notNull(),
    createdAt: timestamp("created_at", ms).notNull().defaultNow(),
    rejectedAt: timestamp("rejected_at", ms),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.reporterId] }), index("idea_comment_reports_reporter_idx").on(t.reporterId, t.createdAt)],
);

export type IdeaComment = typeof ideaComments.$inferSelect;
