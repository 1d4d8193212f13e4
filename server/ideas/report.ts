import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaReports, ideas, type IdeaReportReason } from "@/db/schema";
import type { Caller } from "./access";
import { checkReactionTarget } from "./reaction-target";

/** Reports from this many different members hide a public idea until an editor looks at it. */
export const REPORTS_TO_HIDE = 3;

export type ReportResult =
  | { ok: true; hidden: boolean }
  | { ok: false; reason: "signedOut" | "notFound" | "ownIdea" | "alreadyReported" };

export async function reportIdea(caller: Caller, ideaId: number, reason: IdeaReportReason): Promise<ReportResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  return getDb().transaction(async (tx) => {
    const target = await checkReactionTarget(tx, caller, ideaId);
    if (!target.ok) return target;

    // The primary key (idea, reporter) makes a second report from the same member a no-op.
    const added = await tx.insert(ideaReports).values({ ideaId, reporterId: caller.id, reason }).onConflictDoNothing().returning();
    if (!added.length) return { ok: false, reason: "alreadyReported" };

    // The count since the last review; the row lock of this update orders concurrent reports.
    const [updated] = await tx
      .update(ideas)
      .set({
        reportCount: sql`${ideas.reportCount} + 1`,
        hiddenAt: sql`case when ${ideas.reportCount} + 1 >= ${REPORTS_TO_HIDE} then coalesce(${ideas.hiddenAt}, now()) else ${ideas.hiddenAt} end`,
        version: sql`case when ${ideas.reportCount} + 1 = ${REPORTS_TO_HIDE} then ${ideas.version} + 1 else ${ideas.version} end`,
      })
      .where(eq(ideas.id, ideaId))
      .returning({ hiddenAt: ideas.hiddenAt });
    return { ok: true, hidden: !!updated.hiddenAt };
  });
}
