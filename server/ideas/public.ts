import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaSupports, ideas, users, type IdeaCategory, type Organisation } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import type { IdeaSort, IdeaStatusFilter } from "@/lib/ideas/gallery-params";
import { searchKeyTerms, tsQueryTerm } from "@/lib/search/search-key";
import { canRead, isEditor, isPublicIdea, type Caller } from "./access";

export const IDEAS_PAGE_SIZE = 12;
export { ideaSorts, type IdeaSort } from "@/lib/ideas/gallery-params";

const publicFields = {
  id: ideas.id,
  title: ideas.title,
  description: ideas.description,
  category: ideas.category,
  language: ideas.language,
  status: ideas.status,
  publicAnswer: ideas.publicAnswer,
  answeredBy: ideas.answeredBy,
  supportCount: ideas.supportCount,
  commentCount: ideas.commentCount,
  publishedAt: ideas.publishedAt,
  authorId: ideas.authorId,
  // Never the name of an author who chose to stay anonymous.
  authorName: sql<string | null>`case when ${ideas.showName} then ${users.name} end`,
};

export type PublicIdea = {
  id: number;
  title: string;
  description: string;
  category: IdeaCategory;
  language: "fr" | "az";
  status: "published" | "retained";
  publicAnswer: string | null;
  answeredBy: Organisation | null;
  supportCount: number;
  commentCount: number;
  publishedAt: Date;
  authorId: string | null;
  authorName: string | null;
};

export type PublicIdeasQuery = { sort: IdeaSort; category?: IdeaCategory; status?: IdeaStatusFilter; search?: string; after?: IdeaCursor };

/**
 * Ideas whose title, description or public answer hold every word of `search` as a word start, folded as the one
 * search folds them (lib/search/search-key.ts: case with İ/i and I/ı, ə, ş, ç, ğ, ö, ü, French accents, Cyrillic),
 * on the GIN index of ideas.search_vector (db/migrations/0010_search_everything.sql). Undefined when `search` has
 * no word to look for.
 */
function matchingSearch(search: string | undefined): SQL | undefined {
  const terms = search ? searchKeyTerms(search) : [];
  if (!terms.length) return undefined;
  // The terms hold only a-z and 0-9: nothing in them is read by to_tsquery as an operator.
  return sql`${ideas}.search_vector @@ to_tsquery('simple', ${terms.map((term) => tsQueryTerm(term)).join(" & ")})`;
}

/**
 * One page of public ideas and the cursor of the next page. Each sort and
 * filter is served by a partial index on (category?, key, id); a search by the
 * GIN index of the words, whose few matches are then sorted.
 */
export async function listPublicIdeas(options: PublicIdeasQuery) {
  const key = options.sort === "supports" ? ideas.supportCount : options.sort === "discussed" ? ideas.commentCount : ideas.publishedAt;
  const counted = options.sort !== "newest";
  const conditions: (SQL | undefined)[] = [
    isPublicIdea,
    options.category ? eq(ideas.category, options.category) : undefined,
    options.status ? eq(ideas.status, options.status) : undefined,
    matchingSearch(options.search),
  ];
  if (options.after) {
    const value = counted
        ? sql`${options.after.value}::integer`
        : sql`${new Date(options.after.value).toISOString()}::timestamptz`;
    conditions.push(sql`(${key}, ${ideas.id}) < (${value}, ${options.after.id}::integer)`);
  }
  const rows = (await getDb()
    .select(publicFields)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(and(...conditions))
    .orderBy(desc(key), desc(ideas.id))
    .limit(IDEAS_PAGE_SIZE + 1)) as PublicIdea[];
  const page = rows.slice(0, IDEAS_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > IDEAS_PAGE_SIZE && last
      ? { value: options.sort === "supports" ? last.supportCount : options.sort === "discussed" ? last.commentCount : last.publishedAt.getTime(), id: last.id }
      : undefined;
  return { ideas: page, next };
}

/**
 * The public ideas one organisation answered (retained with its signed answer), newest first,
 * by keyset pages on (published_at, id): the organisation's page.
 */
export async function listAnsweredIdeas(options: { organisation: Organisation; after?: IdeaCursor; limit?: number }) {
  const limit = options.limit ?? 5;
  const conditions: (SQL | undefined)[] = [isPublicIdea, eq(ideas.answeredBy, options.organisation)];
  if (options.after) conditions.push(sql`(${ideas.publishedAt}, ${ideas.id}) < (${new Date(options.after.value).toISOString()}::timestamptz, ${options.after.id}::integer)`);
  const rows = (await getDb()
    .select(publicFields)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(and(...conditions))
    .orderBy(desc(ideas.publishedAt), desc(ideas.id))
    .limit(limit + 1)) as PublicIdea[];
  const { page, next } = keysetPage(rows, limit, (row) => row.publishedAt.getTime());
  return { ideas: page, next };
}

/** One idea as the caller may see it, or undefined (then the page is a 404). */
export async function getIdeaForViewer(caller: Caller, id: number) {
  const [row] = await getDb()
    .select({
      ...publicFields,
      status: ideas.status,
      hiddenAt: ideas.hiddenAt,
      reportsLockedAt: ideas.reportsLockedAt,
      rejectionReason: ideas.rejectionReason,
      version: ideas.version,
      createdAt: ideas.createdAt,
      showName: ideas.showName,
      realAuthorName: users.name,
      authorEmail: users.email,
      mergedInto: ideas.mergedInto,
    })
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(eq(ideas.id, id));
  if (!row || !canRead(caller, row)) return undefined;
  const mine = !!caller && caller.id === row.authorId;
  const editor = isEditor(caller);
  return {
    ...row,
    // Only the author and editors learn why an idea was refused, or who wrote an anonymous one.
    rejectionReason: mine || editor ? row.rejectionReason : null,
    realAuthorName: editor ? row.realAuthorName : null,
    authorEmail: editor ? row.authorEmail : null,
    mine,
  };
}

export type ViewedIdea = NonNullable<Awaited<ReturnType<typeof getIdeaForViewer>>>;

/** Which of these ideas the caller supports. */
export async function supportedBy(caller: Caller, ideaIds: number[]): Promise<Set<number>> {
  if (!caller || ideaIds.length === 0) return new Set();
  const rows = await getDb()
    .select({ id: ideaSupports.ideaId })
    .from(ideaSupports)
    .where(and(eq(ideaSupports.userId, caller.id), inArray(ideaSupports.ideaId, ideaIds)))
    .orderBy(asc(ideaSupports.ideaId));
  return new Set(rows.map((row) => row.id));
}

export type SitemapIdea = { id: number; language: "fr" | "az"; updatedAt: Date };

/** Every public idea (published or retained, not hidden), newest first, for the sitemap. */
export async function listPublicIdeasForSitemap(): Promise<SitemapIdea[]> {
  return getDb()
    .select({ id: ideas.id, language: ideas.language, updatedAt: ideas.updatedAt })
    .from(ideas)
    .where(isPublicIdea)
    .orderBy(desc(ideas.publishedAt), desc(ideas.id));
}
