import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { articleOldSlugs, articles, articleTranslations, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { isUniqueViolation } from "@/lib/db-errors";
import { searchColumns } from "@/lib/news/search-columns";
import { syncTranslations, type SyncColumns } from "@/lib/news/translation-sync";
import { isUuid } from "@/lib/uuid";
import type { ArticleInput, ArticleVersionInput } from "@/lib/validation/article";
import { recordAudit } from "@/server/audit";
import { keepRetiredSlugs, releaseOldSlugs, takenSlugLocales, type SlugColumns } from "@/server/slugs";
import type { CurrentUser } from "@/server/users";
import { requestArticleSending } from "@/server/subscriptions/sending";
import { organisationsOf } from "@/server/organisations/membership";
import { settleJointSave } from "@/server/joint/settle";
import { saveCosigners } from "@/server/joint/signers";
import { textHashOf } from "@/server/joint/text-hash";
import { canEditNews } from "./access";

/**
 * "Send to subscribers", ticked on a save that publishes: the article goes out when it is live, once.
 * `upToDate`: the versions the editor says are current translations of the other, their text unchanged.
 */
export type SaveOptions = { notifySubscribers?: boolean; upToDate?: Locale[] };

/** What a change touched, for revalidation: the article and every slug it had or has. */
export type TouchedArticle = { id: string; slugs: string[] };
export type SaveArticleResult =
  | { ok: true; id: string; revision: number; touched: TouchedArticle; waitingFor: Organisation[] }
  | { ok: false; reason: "forbidden" | "otherOrganisation" | "notFound" | "stale" }
  | { ok: false; reason: "slugTaken"; locales: Locale[] };

const slugColumns: SlugColumns = { table: articleTranslations, slug: articleTranslations.slug, ownerId: articleTranslations.articleId };

const entries = (versions: ArticleInput["versions"]) => Object.entries(versions) as [Locale, ArticleVersionInput][];

function translationRow(articleId: string, locale: Locale, version: ArticleVersionInput, sync: SyncColumns | undefined) {
  return { articleId, locale, ...version, ...searchColumns(version), ...sync };
}

function auditDetails(input: ArticleInput, publishedAt: Date | null) {
  return {
    status: input.status,
    publishedAt: publishedAt?.toISOString() ?? null,
    organisation: input.organisation,
    ...(input.cosigners.length ? { cosigners: input.cosigners } : {}),
    versions: Object.fromEntries(entries(input.versions).map(([locale, v]) => [locale, { slug: v.slug, title: v.title }])),
  };
}

// Two editors racing for one slug: the unique index decides, and the loser gets a field error.
async function saving(versions: ArticleInput["versions"], work: () => Promise<SaveArticleResult>): Promise<SaveArticleResult> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken", locales: Object.keys(versions) as Locale[] };
    throw error;
  }
}

export async function createArticle(caller: CurrentUser | null, input: ArticleInput, options: SaveOptions = {}): Promise<SaveArticleResult> {
  if (!canEditNews(caller)) return { ok: false, reason: "forbidden" };
  const now = new Date();
  const publishedAt = input.publishedAt ?? (input.status === "published" ? now : null);
  const sync = syncTranslations({}, input.versions);
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveArticleResult> => {
      // An editor writes only as an organisation they belong to; co-signers they name approve it themselves.
      const mine = await organisationsOf(caller, tx);
      if (!mine.includes(input.organisation)) return { ok: false, reason: "otherOrganisation" };
      const taken = await takenSlugLocales(tx, slugColumns, input.versions, null);
      if (taken.length) return { ok: false, reason: "slugTaken", locales: taken };
      const [created] = await tx
        .insert(articles)
        .values({ organisation: input.organisation, status: input.status, publishedAt, coverImage: input.coverImage, translationPending: sync.pending, createdBy: caller.id, updatedBy: caller.id })
        .returning({ id: articles.id, revision: articles.revision });
      await tx.insert(articleTranslations).values(entries(input.versions).map(([locale, v]) => translationRow(created.id, locale, v, sync.columns[locale])));
      const slugs = entries(input.versions).map(([, v]) => v.slug);
      await releaseOldSlugs(tx, articleOldSlugs, input.versions);
      await saveCosigners(tx, created.id, input.organisation, input.cosigners);
      await recordAudit(tx, { actorId: caller.id, action: "article.create", targetType: "article", targetId: created.id, details: auditDetails(input, publishedAt) });
      const joint = { caller, mine, wantsPublished: input.status === "published", hashBefore: null, wasPublished: false, requestedAt: input.publishedAt };
      const { waitingFor } = await settleJointSave(tx, "article", created.id, joint);
      // A statement still waiting for a signer is sent when the last approval publishes it (the sending waits for it to be live).
      if (options.notifySubscribers && input.status === "published") await requestArticleSending(tx, created.id, caller.id);
      return { ok: true, id: created.id, revision: created.revision, touched: { id: created.id, slugs }, waitingFor };
    }),
  );
}

/** Writes the versions, and where each stands against the other; true when the article is left waiting for a translation. */
async function saveVersions(tx: Tx, id: string, input: ArticleInput, upToDate: Locale[] = []): Promise<{ slugs: string[]; pending: boolean }> {
  const existing = await tx
    .select({
      locale: articleTranslations.locale,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      summary: articleTranslations.summary,
      body: articleTranslations.body,
      textRevision: articleTranslations.textRevision,
      writtenAgainst: articleTranslations.writtenAgainst,
    })
    .from(articleTranslations)
    .where(eq(articleTranslations.articleId, id));
  const sync = syncTranslations(Object.fromEntries(existing.map((v) => [v.locale, v])), input.versions, upToDate);
  const touched = new Set(existing.map((v) => v.slug));
  await keepRetiredSlugs(tx, articleOldSlugs, id, existing, input.versions);
  for (const old of existing) {
    if (!input.versions[old.locale]) await tx.delete(articleTranslations).where(and(eq(articleTranslations.articleId, id), eq(articleTranslations.locale, old.locale)));
  }
  for (const [locale, version] of entries(input.versions)) {
    const row = translationRow(id, locale, version, sync.columns[locale]);
    await tx.insert(articleTranslations).values(row).onConflictDoUpdate({ target: [articleTranslations.articleId, articleTranslations.locale], set: row });
    touched.add(version.slug);
  }
  await releaseOldSlugs(tx, articleOldSlugs, input.versions);
  return { slugs: [...touched], pending: sync.pending };
}

/** An empty date keeps a published article's date, and publishes a draft now (read from the row as the update writes it). */
function publishedAtFor(input: ArticleInput, now: Date): Date | SQL | null {
  if (input.publishedAt) return input.publishedAt;
  if (input.status !== "published") return null;
  return sql`case when ${articles.status} = 'published' then ${articles.publishedAt} else ${now.toISOString()}::timestamptz end`;
}

/**
 * Saves an edit made on the form opened at `revision`. The check and the
 * write are one statement (`where id = ? and revision = ?`, revision bumped):
 * of two editors who opened the same revision, the first to save wins and
 * the second is told the article changed, instead of silently undoing it.
 */
export async function updateArticle(caller: CurrentUser | null, id: string, revision: number | null, input: ArticleInput, options: SaveOptions = {}): Promise<SaveArticleResult> {
  if (!canEditNews(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  if (revision === null) return { ok: false, reason: "stale" };
  const now = new Date();
  return saving(input.versions, () =>
    getDb().transaction(async (tx): Promise<SaveArticleResult> => {
      // Both the organisation it speaks for now and the one it is moved to must be the editor's.
      const mine = await organisationsOf(caller, tx);
      const [current] = await tx.select({ organisation: articles.organisation, status: articles.status }).from(articles).where(eq(articles.id, id)).for("update");
      if (!current) return { ok: false, reason: "notFound" };
      if (!mine.includes(current.organisation) || !mine.includes(input.organisation)) return { ok: false, reason: "otherOrganisation" };
      const hashBefore = await textHashOf(tx, "article", id);
      const taken = await takenSlugLocales(tx, slugColumns, input.versions, id);
      if (taken.length) return { ok: false, reason: "slugTaken", locales: taken };
      const [saved] = await tx
        .update(articles)
        .set({
          organisation: input.organisation,
          status: input.status,
          publishedAt: publishedAtFor(input, now),
          coverImage: input.coverImage,
          updatedBy: caller.id,
          updatedAt: now,
          revision: sql`${articles.revision} + 1`,
        })
        .where(and(eq(articles.id, id), eq(articles.revision, revision)))
        .returning({ revision: articles.revision, publishedAt: articles.publishedAt });
      if (!saved) {
        const [exists] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, id));
        return { ok: false, reason: exists ? "stale" : "notFound" };
      }
      const { slugs, pending } = await saveVersions(tx, id, input, options.upToDate);
      await tx.update(articles).set({ translationPending: pending }).where(eq(articles.id, id));
      await saveCosigners(tx, id, input.organisation, input.cosigners);
      await recordAudit(tx, { actorId: caller.id, action: "article.update", targetType: "article", targetId: id, details: { ...auditDetails(input, saved.publishedAt), ...(options.upToDate?.length ? { upToDate: options.upToDate } : {}) } });
      const joint = { caller, mine, wantsPublished: input.status === "published", hashBefore, wasPublished: current.status === "published", requestedAt: input.publishedAt };
      const { waitingFor } = await settleJointSave(tx, "article", id, joint);
      if (options.notifySubscribers && input.status === "published") await requestArticleSending(tx, id, caller.id);
      return { ok: true, id, revision: saved.revision, touched: { id, slugs }, waitingFor };
    }),
  );
}

export async function deleteArticle(caller: CurrentUser | null, id: string): Promise<{ ok: true; touched: TouchedArticle } | { ok: false; reason: "forbidden" | "otherOrganisation" | "notFound" }> {
  if (!canEditNews(caller)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select({ organisation: articles.organisation }).from(articles).where(eq(articles.id, id)).for("update");
    if (!current) return { ok: false, reason: "notFound" } as const;
    if (!(await organisationsOf(caller, tx)).includes(current.organisation)) return { ok: false, reason: "otherOrganisation" } as const;
    const versions = await tx.select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title }).from(articleTranslations).where(eq(articleTranslations.articleId, id));
    const deleted = await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
    if (!deleted.length) return { ok: false, reason: "notFound" } as const;
    const details = { versions: Object.fromEntries(versions.map((v) => [v.locale, { slug: v.slug, title: v.title }])) };
    await recordAudit(tx, { actorId: caller.id, action: "article.delete", targetType: "article", targetId: id, details });
    return { ok: true, touched: { id, slugs: versions.map((v) => v.slug) } } as const;
  });
}
