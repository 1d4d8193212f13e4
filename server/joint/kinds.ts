import "server-only";
import { articleApprovals, articles, eventApprovals, events, type ApprovalsTable } from "@/db/schema";

/** What may be a joint statement: an article with co-signers, an event with several organisers. */
export type JointKind = "article" | "event";

/** The tables of each kind: the item (its status and request) and its approvals. */
export const jointTables = {
  article: { item: articles, approvals: articleApprovals as ApprovalsTable },
  event: { item: events, approvals: eventApprovals as ApprovalsTable },
} as const;
