import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaReports, ideas, type IdeaReportReason } from "@/db/schema";
import { recordAudit } from "../audit";
import { takeAttempt, throttleRules } from "../throttle";
import type { Caller } from "./access";
import { alertEditors } from "./report-alert";
import {
  countStandingReports,
  ideaRefusal,
  REPORTS_TO_HIDE,
  reporterRefusal,
  reportRefusalOf,
  type IdeaRefusal,
  type ReportFacts,
  type ReporterRefusal,
} from "./report-policy";

export { REPORTS_TO_HIDE, reportFactsOf } from "./report-policy";

export type ReportRefusal = "signedOut" | ReporterRefusal | IdeaRefusal | "reportLimit";
export type ReportResult = { ok: true; hidden: boolean } | { ok: false; reason: ReportRefusal };

/**
 * A member reports a public idea. Refused, with nothing written, to an
 * unconfirmed or day-old account, to a member whose reports editors keep
 * rejecting, and on an idea an editor cleared. Each member's reports are
 * counted by the throttle before the insert (a few a day), and the idea is
 * hidden once enough members in good standing reported it; the editors hear
 * of it at once.
 */
export async function reportIdea(caller: Caller, ideaId: number, reason: IdeaReportReason): Promise<ReportResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  const db = getDb();
  // Refusals known in advance cost the member nothing: they are not counted by the throttle.
  const refused = (await reporterRefusal(db, caller.id)) ?? (await ideaRefusal(db, caller.id, ideaId));
  if (refused) return { ok: false, reason: refused };
  if (!(await takeAttempt([{ rule: throttleRules.reportMember, value: caller.id }]))) return { ok: false, reason: "reportLimit" };

  return db.transaction(async (tx) => {
    const again = await ideaRefusal(tx, caller.id, ideaId, { lock: true });
    if (again) return { ok: false, reason: again };
    // The primary key (idea, reporter) makes a second report from the same member a no-op.
    const added = await tx.insert(ideaReports).values({ ideaId, reporterId: caller.id, reason }).onConflictDoNothing().returning();
    if (!added.length) return { ok: false, reason: "alreadyReported" };

    const standing = await countStandingReports(tx, ideaId);
    const hide = standing >= REPORTS_TO_HIDE;
    const [updated] = await tx
      .update(ideas)
      .set({
        reportCount: standing,
        hiddenAt: hide ? sql`coalesce(${ideas.hiddenAt}, now())` : sql`${ideas.hiddenAt}`,
        version: hide ? sql`${ideas.version} + 1` : sql`${ideas.version}`,
      })
      .where(eq(ideas.id, ideaId))
      .returning({ title: ideas.title });
    if (hide) {
      const editors = await alertEditors(tx, { id: ideaId, title: updated.title, reports: standing });
      await recordAudit(tx, { actorId: null, action: "idea.hide", targetType: "idea", targetId: String(ideaId), details: { reports: standing, editorsTold: editors } });
    }
    return { ok: true, hidden: hide };
  });
}

/**
 * Why the member cannot report an idea, from its facts (reportFactsOf, asked
 * by /api/reader), shown where the report form would be; undefined when they
 * can. The daily limit is the throttle's that reportIdea counts against.
 */
export function reportRefusalFrom(facts: ReportFacts, callerId: string): Exclude<ReportRefusal, "signedOut"> | undefined {
  return reportRefusalOf(facts, callerId, throttleRules.reportMember.limit);
}
