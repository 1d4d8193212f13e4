import "server-only";
import { asc, eq } from "drizzle-orm";
import { articleApprovals, eventApprovals } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// An approval is given in an organisation's name: it stays, its editor becomes null (the foreign key does it).
export const articleApprovalsRule: AccountDataRule = {
  table: articleApprovals,
  section: "articlesApproved",
  export: (tx, user) =>
    tx
      .select({ articleId: articleApprovals.itemId, organisation: articleApprovals.organisation, approvedAt: articleApprovals.approvedAt })
      .from(articleApprovals)
      .where(eq(articleApprovals.approvedBy, user.id))
      .orderBy(asc(articleApprovals.approvedAt)),
  erase: async () => {},
};

export const eventApprovalsRule: AccountDataRule = {
  table: eventApprovals,
  section: "eventsApproved",
  export: (tx, user) =>
    tx
      .select({ eventId: eventApprovals.itemId, organisation: eventApprovals.organisation, approvedAt: eventApprovals.approvedAt })
      .from(eventApprovals)
      .where(eq(eventApprovals.approvedBy, user.id))
      .orderBy(asc(eventApprovals.approvedAt)),
  erase: async () => {},
};
