import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaMilestones, ideas, programmeIdeaPredicate, type MilestoneStatus, type Organisation } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import { isEditor, type Caller } from "../access";

export const PROGRAMME_PAGE_SIZE = 20;

export type Milestone = {
  id: number;
  date: string;
  status: MilestoneStatus;
  text: { fr: string | null; az: string | null };
  reason: { fr: string | null; az: string | null };
  photo: string | null;
  photoAlt: { fr: string | null; az: string | null };
};

/**
 * A retained idea's timeline, oldest first (by date, then as written): for
 * everyone while the idea is public, for editors always (the milestone editor
 * shows a hidden idea's too).
 */
export async function listMilestones(caller: Caller, ideaId: number): Promise<Milestone[]> {
  const rows = await getDb()
    .select({
      id: ideaMilestones.id,
      date: ideaMilestones.happenedOn,
      status: ideaMilestones.status,
      textFr: ideaMilestones.textFr,
      textAz: ideaMilestones.textAz,
      reasonFr: ideaMilestones.reasonFr,
      reasonAz: ideaMilestones.reasonAz,
      photo: ideaMilestones.photo,
      photoAltFr: ideaMilestones.photoAltFr,
      photoAltAz: ideaMilestones.photoAltAz,
    })
    .from(ideaMilestones)
    .innerJoin(ideas, eq(ideas.id, ideaMilestones.ideaId))
    // The idea's own columns, qualified: both tables have a status.
    .where(and(eq(ideaMilestones.ideaId, ideaId), isEditor(caller) ? undefined : and(inArray(ideas.status, ["published", "retained"]), isNull(ideas.hiddenAt))))
    .orderBy(asc(ideaMilestones.happenedOn), asc(ideaMilestones.id));
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    status: row.status,
    text: { fr: row.textFr, az: row.textAz },
    reason: { fr: row.reasonFr, az: row.reasonAz },
    photo: row.photo,
    photoAlt: { fr: row.photoAltFr, az: row.photoAltAz },
  }));
}

export type ProgrammeEntry = {
  id: number;
  title: string;
  language: "fr" | "az";
  answeredBy: Organisation | null;
  progressStatus: MilestoneStatus | null;
  milestoneCount: number;
  milestonesDone: number;
  publishedAt: Date;
};

/** The same text as the partial indexes' predicate, so that the planner uses them. */
const onProgramme = sql.raw(`(${programmeIdeaPredicate})`);

/**
 * The action plan: the public retained ideas, newest first, by keyset pages
 * on (published_at, id), filtered by the organisations that retained them and
 * by their latest milestone's status. Each filter has its partial index.
 */
export async function listProgramme(options: { organisations?: readonly Organisation[]; status?: MilestoneStatus; after?: IdeaCursor; limit?: number }) {
  const limit = options.limit ?? PROGRAMME_PAGE_SIZE;
  const conditions: (SQL | undefined)[] = [
    onProgramme,
    options.organisations ? (options.organisations.length === 1 ? eq(ideas.answeredBy, options.organisations[0]) : inArray(ideas.answeredBy, [...options.organisations])) : undefined,
    options.status ? eq(ideas.progressStatus, options.status) : undefined,
  ];
  if (options.organisations?.length === 0) return { entries: [] as ProgrammeEntry[], next: undefined };
  if (options.after) conditions.push(sql`(${ideas.publishedAt}, ${ideas.id}) < (${new Date(options.after.value).toISOString()}::timestamptz, ${options.after.id}::integer)`);
  const rows = (await getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      language: ideas.language,
      answeredBy: ideas.answeredBy,
      progressStatus: ideas.progressStatus,
      milestoneCount: ideas.milestoneCount,
      milestonesDone: ideas.milestonesDone,
      publishedAt: ideas.publishedAt,
    })
    .from(ideas)
    .where(and(...conditions))
    .orderBy(desc(ideas.publishedAt), desc(ideas.id))
    .limit(limit + 1)) as ProgrammeEntry[];
  const { page: entries, next } = keysetPage(rows, limit, (row) => row.publishedAt.getTime());
  return { entries, next };
}
