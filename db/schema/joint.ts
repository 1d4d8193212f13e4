import { index, pgTable, primaryKey, timestamp, uuid, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { events } from "./agenda";
import { articles, organisationEnum } from "./news";
import { users } from "./users";

/**
 * The organisations that sign an article besides its own: a joint statement.
 * (An event is joint when it has more than one organiser, event_organisers.)
 */
export const articleCosigners = pgTable(
  "article_cosigners",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    organisation: organisationEnum("organisation").notNull(),
  },
  // The organisation's page goes from the organisation to the statements it signs.
  (t) => [primaryKey({ columns: [t.articleId, t.organisation] }), index("article_cosigners_organisation_idx").on(t.organisation, t.articleId)],
);

/**
 * One signing organisation's approval of a joint item, given by one of its
 * editors for the text as it was then (`text_hash`, server/joint/text-hash.ts).
 * A save that changes the text deletes the approvals given for the old one:
 * a row here is always an approval of the current text. Articles and events
 * get tables of one shape, so that server/joint/ serves both.
 */
function approvalsTable(name: string, itemColumn: string, item: () => AnyPgColumn) {
  return pgTable(
    name,
    {
      itemId: uuid(itemColumn)
        .notNull()
        .references(item, { onDelete: "cascade" }),
      organisation: organisationEnum("organisation").notNull(),
      approvedBy: uuid("approved_by").references(() => users.id, { onDelete: "set null" }),
      approvedAt: timestamp("approved_at", { withTimezone: true }).notNull().defaultNow(),
      textHash: varchar("text_hash", { length: 64 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.itemId, t.organisation] }), index(`${name}_approved_by_idx`).on(t.approvedBy)],
  );
}

export const articleApprovals = approvalsTable("article_approvals", "article_id", () => articles.id);
export const eventApprovals = approvalsTable("event_approvals", "event_id", () => events.id);
export type ApprovalsTable = typeof articleApprovals;
