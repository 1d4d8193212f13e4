import "server-only";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { ideaReports, ideas, users, type Idea } from "@/db/schema";
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

/** What decides whether a member may report at all, read from their row in `users`. */
type ReporterFacts = { verified: boolean; oldEnough: boolean; rejected: number };

function reporterFacts(user: SQL) {
  return {
    verified: sql<boolean>`${user}.email_verified_at is not null`,
    oldEnough: sql<boolean>`${user}.created_at <= now() - ${REPORTER_MIN_AGE}::interval`,
    rejected: rejectedReportsOf(sql`${user}.id`),
  };
}

function reporterRefusalOf(facts: ReporterFacts | undefined): ReporterRefusal | undefined {
  if (!facts || !facts.verified) return "unverified";
  if (!facts.oldEnough) return "tooNew";
  if (facts.rejected >= REJECTED_REPORTS_LIMIT) return "reportingRevoked";
  return undefined;
}

/** Whether this member may report at all: a confirmed address, an account older than a day, reports editors did not keep rejecting. */
export async function reporterRefusal(db: Db | Tx, userId: string): Promise<ReporterRefusal | undefined> {
  const [row] = await db.select(reporterFacts(sql`"users"`)).from(users).where(eq(users.id, userId));
  return reporterRefusalOf(row);
}

// Dates as the driver gives them, or as strings inside a json column: only whether they are set counts here.
type ReportedIdea = Pick<Idea, "authorId" | "status"> & { hiddenAt: Date | string | null; reportsLockedAt: Date | string | null };

function ideaRefusalOf(idea: ReportedIdea | null | undefined, userId: string, alreadyReported: boolean): IdeaRefusal | undefined {
  if (!idea || !ideaIsPublic(idea)) return "notFound";
  if (idea.authorId === userId) return "ownIdea";
  if (idea.reportsLockedAt) return "reportsLocked";
  return alreadyReported ? "alreadyReported" : undefined;
}

/** Whether this idea can take this member's report: public, someone else's, not cleared by an editor, not reported by them yet. */
export async function ideaRefusal(db: Db | Tx, userId: string, ideaId: number, options: { lock?: boolean } = {}): Promise<IdeaRefusal | undefined> {
  const query = db
    .select({ authorId: ideas.authorId, status: ideas.status, hiddenAt: ideas.hiddenAt, reportsLockedAt: ideas.reportsLockedAt })
    .from(ideas)
    .where(eq(ideas.id, ideaId));
  // The row lock orders concurrent reports of one idea: each counts the reports before it.
  const [idea] = options.lock ? await query.for("update") : await query;
  const refused = ideaRefusalOf(idea, userId, false);
  if (refused) return refused;
  const [mine] = await db
    .select({ ideaId: ideaReports.ideaId })
    .from(ideaReports)
    .where(and(eq(ideaReports.ideaId, ideaId), eq(ideaReports.reporterId, userId)));
  return ideaRefusalOf(idea, userId, !!mine);
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

/** Everything that decides whether the member of the outer `users` row may report idea `ideaId` now, as one json column. */
export type ReportFacts = ReporterFacts & { idea: ReportedIdea | null; mine: boolean; today: number };

/**
 * A column of a select from the member's own row in `users`: their standing as
 * a reporter, the idea's state, whether they reported it, and their reports of
 * the last day, in one statement (/api/reader asks it beside the page's other
 * questions). Names are written out: drizzle leaves a select's columns unqualified.
 */
export function reportFactsOf(ideaId: number): SQL<ReportFacts> {
  const reporter = reporterFacts(sql`"users"`);
  return sql<ReportFacts>`json_build_object(
    'verified', ${reporter.verified}, 'oldEnough', ${reporter.oldEnough}, 'rejected', ${reporter.rejected},
    'idea', (select json_build_object('authorId', i.author_id, 'status', i.status, 'hiddenAt', i.hidden_at, 'reportsLockedAt', i.reports_locked_at) from ideas i where i.id = ${ideaId}),
    'mine', exists (select 1 from idea_reports mine where mine.idea_id = ${ideaId} and mine.reporter_id = "users"."id"),
    'today', (select count(*)::int from idea_reports today where today.reporter_id = "users"."id" and today.created_at > now() - interval '1 day'))`;
}

/**
 * Why the member cannot report this idea now, from its facts, for the idea's
 * page (the action decides for itself, in its transaction). Counts nothing:
 * the daily limit is read from the member's reports of the last day, an
 * estimate of what the throttle holds.
 */
export function reportRefusalOf(facts: ReportFacts, userId: string, dailyLimit: number): ReporterRefusal | IdeaRefusal | "reportLimit" | undefined {
  const refused = reporterRefusalOf(facts) ?? ideaRefusalOf(facts.idea, userId, facts.mine);
  if (refused) return refused;
  return facts.today >= dailyLimit ? "reportLimit" : undefined;
}
