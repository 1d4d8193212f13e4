import "server-only";
import { and, desc, eq, exists, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, type Article, type ArticleTranslation, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { decodeCursor, encodeCursor } from "@/lib/news-cursor";
import { escapeLike, searchTerms } from "@/lib/text-fold";
import { isOutOfDate, otherLocale } from "@/lib/news/translation-sync";
import { isUuid } from "@/lib/uuid";
import type { CurrentUser } from "@/server/users";
import { cosignersOf } from "@/server/joint/signers";
import { waitingForMany } from "@/server/joint/state";
import { canEditNews } from "./access";

export type EditorialStatus = "draft" | "scheduled" | "published";

export function editorialStatus(article: Pick<Article, "status" | "publishedAt">, now = new Date()): EditorialStatus {
  if (article.status === "draft") return "draft";
  return article.publishedAt && article.publishedAt > now ? "scheduled" : "published";
}

const statusCondition: Record<EditorialStatus, SQL> = {
  draft: sql`${articles.status} = 'draft'`,
  scheduled: sql`${articles.status} = 'published' and ${articles.publishedAt} > now()`,
  published: sql`${articles.status} = 'published' and ${articles.publishedAt} <= now()`,
};

/**
 * The admin home's news cards: drafts, and articles waiting for their date; null for anyone but an editor.
 * Two counts, each on its index (articles_drafts_idx, articles_published_at_idx), not one scan of every article.
 */
export async function countArticlesInProgress(caller: CurrentUser | null): Promise<{ drafts: number; scheduled: number } | null> {
  if (!canEditNews(caller)) return null;
  const db = getDb();
  const [[drafts], [scheduled]] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(articles).where(statusCondition.draft),
    db.select({ n: sql<number>`count(*)::int` }).from(articles).where(statusCondition.scheduled),
  ]);
  return { drafts: drafts.n, scheduled: scheduled.n };
}

export type EditorArticleRow = {
  id: string;
  organisation: Organisation;
  status: EditorialStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  titles: Partial<Record<Locale, string>>;
  /** Versions written against an older text of the other: they may be out of date. */
  outdated: Locale[];
  /** A joint statement asked to be published: the signers whose approval it waits for. */
  waitingFor: Organisation[];
};

/** After the cursor, in the editors' order: undated drafts first (rank 1), then newest first. */
export function afterEditorCursor(after: string | null | undefined): SQL | undefined {
  const cursor = decodeCursor(after);
  if (cursor?.rank === 1) return or(and(isNull(articles.publishedAt), sql`${articles.id} < ${cursor.id}::uuid`), isNotNull(articles.publishedAt));
  if (cursor?.rank === 0) return sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
  return undefined;
}

/** The editors' rows for a page of articles: their titles and which version may be out of date, in one query. */
export async function editorRows(page: Article[]): Promise<EditorArticleRow[]> {
  const versions = page.length
    ? await getDb()
        .select({ articleId: articleTranslations.articleId, locale: articleTranslations.locale, title: articleTranslations.title, textRevision: articleTranslations.textRevision, writtenAgainst: articleTranslations.writtenAgainst })
        .from(articleTranslations)
        .where(inArray(articleTranslations.articleId, page.map((a) => a.id)))
    : [];
  const now = new Date();
  const waiting = await waitingForMany("article", page.filter((a) => a.awaitingApproval).map((a) => a.id));
  return page.map((a) => {
    const own = versions.filter((v) => v.articleId === a.id);
    return {
      id: a.id,
      organisation: a.organisation,
      status: editorialStatus(a, now),
      publishedAt: a.publishedAt,
      updatedAt: a.updatedAt,
      titles: Object.fromEntries(own.map((v) => [v.locale, v.title])),
      outdated: own.filter((v) => isOutOfDate(v, own.find((o) => o.locale === otherLocale(v.locale)))).map((v) => v.locale),
      waitingFor: waiting.get(a.id) ?? [],
    };
  });
}

export function nextEditorCursor(page: Article[], limit: number): string | null {
  const last = page.at(limit - 1);
  return page.length > limit && last ? encodeCursor({ rank: last.publishedAt ? 0 : 1, publishedAt: last.publishedAt ?? new Date(0), id: last.id }) : null;
}

export type EditorFilters = { status?: EditorialStatus; organisation?: Organisation; query?: string; after?: string | null };

/**
 * Every article, drafts without a date first, then newest first, for editors
 * only. Keyset pagination as on the public list; the cursor's rank says
 * whether the page ended among the undated drafts.
 */
export async function listArticlesForEditor(caller: CurrentUser | null, filters: EditorFilters, limit = 25): Promise<{ rows: EditorArticleRow[]; next: string | null }> {
  if (!canEditNews(caller)) return { rows: [], next: null };
  const db = getDb();
  const conditions: (SQL | undefined)[] = [filters.status && statusCondition[filters.status], filters.organisation && eq(articles.organisation, filters.organisation)];
  for (const term of searchTerms(filters.query ?? "")) {
    const titled = db.select({ one: sql`1` }).from(articleTranslations).where(and(eq(articleTranslations.articleId, articles.id), sql`${articleTranslations.searchTitle} like ${`%${escapeLike(term)}%`}`));
    conditions.push(exists(titled));
  }
  conditions.push(afterEditorCursor(filters.after));

  const page = await db
    .select()
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit + 1);
  const rows = await editorRows(page.slice(0, limit));
  const next = nextEditorCursor(page, limit);
  return { rows, next };
}

export type EditorArticle = Article & { editorialStatus: EditorialStatus; versions: Partial<Record<Locale, ArticleTranslation>>; cosigners: Organisation[] };

/** One article with both versions, for the edit form; null for anyone but an editor. */
export async function getArticleForEditor(caller: CurrentUser | null, id: string): Promise<EditorArticle | null> {
  if (!canEditNews(caller) || !isUuid(id)) return null;
  const db = getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  if (!article) return null;
  const versions = await db.select().from(articleTranslations).where(eq(articleTranslations.articleId, id));
  return { ...article, editorialStatus: editorialStatus(article), versions: Object.fromEntries(versions.map((v) => [v.locale, v])), cosigners: await cosignersOf(db, id) };
}
