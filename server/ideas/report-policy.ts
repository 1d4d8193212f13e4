import "server-only";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { ideaReports, ideas, users } from "@/db/schema";
import { ideaIsPublic } from "./access";

/** Reports from this many distinct members, confirmed and in good standing, hide a public idea until an editor looks at it. */
export const REPORTS_TO_HIDE = 3;
/** A member whose reports editors rejected this many times may no longer report. */
export const REJECTED_REPORTS_LIMIT = 3;
/** Throwaway accounts are the weapon: an account reports once it is this old and its address confirmed. */
export const REPORTER_MIN_AGE = "1 day";

export type ReporterRefusal = "unverified" | "tooNew" | "reportingRevoked";
export type IdeaRefusal = "notFound" | "ownIdea" | "reportsLocked" | "alreadyReported";

/** How many of a reporter's reports editors rejected; `reporter` is the column that names them in the outer query. */
function rejectedReportsOf(reporter: SQL | typeof users.id | typeof ideaReports.reporterId): SQL<number> {
  // The alias hides the table's own name inside, so `reporter` still refers to the outer query.
  return sql<number>`(select count(*)::int from ${ideaReports} as rejected where rejected.reporter_id = ${reporter} and rejected.rejected_at is not null)`;
}

/** Whether this member may report at all: a confirmed address, an account older than a day, reports editors did not keep rejecting. */
export async function reporterRefusal(db: Db | Tx, userId: string): Promise<ReporterRefusal | undefined> {
  const [row] = await db
    .select({
      verified: sql<boolean>`${users.emailVerifiedAt} is not null`,
      oldEnough: sql<boolean>`${users.createdAt} <= now() - ${REPORTER_MIN_AGE}::interval`,
      rejected: rejectedReportsOf(users.id),
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || !row.verified) return "unverified";
  if (!row.oldEnough) return "tooNew";
  if (row.rejected >= REJECTED_REPORTS_LIMIT) return "reportingRevoked";
  return undefined;
}

/** Whether this idea can take this member's report: public, someone else's, not cleared by an editor, not reported by them yet. */
export async function ideaRefusal(db: Db | Tx, userId: string, ideaId: number, options: { lock?: boolean } = {}): Promise<IdeaRefusal | undefined> {
  const query = db
    .select({ authorId: ideas.authorId, status: ideas.status, hiddenAt: ideas.hiddenAt, reportsLockedAt: ideas.reportsLockedAt })
    .from(ideas)
    .where(eq(ideas.id, ideaId));
  // The row lock orders concurrent reports of one idea: each counts the reports before it.
  const [idea] = options.lock ? await query.for("update") : await query;
  if (!idea || !ideaIsPublic(idea)) return "notFound";
  if (idea.authorId === userId) return "ownIdea";
  if (idea.reportsLockedAt) return "reportsLocked";
  const [mine] = await db
    .select({ ideaId: ideaReports.ideaId })
    .from(ideaReports)
    .where(and(eq(ideaReports.ideaId, ideaId), eq(ideaReports.reporterId, userId)));
  return mine ? "alreadyReported" : undefined;
}

/**
 * The reports that count towards hiding an idea: not rejected, from distinct
 * members (the primary key) whose address is confirmed, who are not banned
 * and whose reports editors did not keep rejecting. Standing is read now, not
 * when the report was made: a reporter who lost it no longer weighs.
 */
export async function countStandingReports(tx: Tx, ideaId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(ideaReports)
    .innerJoin(users, eq(users.id, ideaReports.reporterId))
    .where(
      and(
        eq(ideaReports.ideaId, ideaId),
        isNull(ideaReports.rejectedAt),
        isNotNull(users.emailVerifiedAt),
        isNull(users.bannedAt),
        sql`${rejectedReportsOf(ideaReports.reporterId)} < ${REJECTED_REPORTS_LIMIT}`,
      ),
    );
  return row.n;
}

/**
 * Why the caller cannot report this idea now, for the idea's page (the
 * action decides for itself). Counts nothing: the daily limit is read from
 * the member's reports of the last day, an estimate of what the throttle holds.
 */
export async function reportRefusalFor(db: Db | Tx, userId: string, ideaId: number, dailyLimit: number): Promise<ReporterRefusal | IdeaRefusal | "reportLimit" | undefined> {
  const refused = (await reporterRefusal(db, userId)) ?? (await ideaRefusal(db, userId, ideaId));
  if (refused) return refused;
  const [today] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ideaReports)
    .where(and(eq(ideaReports.reporterId, userId), sql`${ideaReports.createdAt} > now() - interval '1 day'`));
  return today.n >= dailyLimit ? "reportLimit" : undefined;
}
