import { inArray } from "drizzle-orm";
import type { Locale } from "@/i18n/routing";
import { searchColumns } from "@/lib/news/search-columns";
import { syncTranslations } from "@/lib/news/translation-sync";
import { slugify } from "@/lib/slug";
import { zonedInputToDate } from "@/lib/time-zone";
import type { Db, Tx } from "../client";
import { signedTextHash } from "@/lib/joint/text-hash";
import { demoAccounts } from "../demo-accounts";
import { articleApprovals, articleCosigners, articles, articleTranslations, userOrganisations, users, type Organisation } from "../schema";
import { and, eq } from "drizzle-orm";
import { articles2017 } from "./news-articles-2017";
import { articles2018 } from "./news-articles-2018";
import { recentArticles } from "./news-articles-recent";
import { ensureSeedCover, seedCoverAlt } from "./news-covers";
import type { SeedArticle, SeedVersion } from "./news-types";

/** The archive of the founding year and the news of the last weeks, dated from `now`. */
export function seedArticles(now = new Date()): SeedArticle[] {
  return [...articles2017, ...articles2018, ...recentArticles({ now })];
}

// The demo's versions are translations of each other as they are; an article with one version waits on the desk.
const syncOf = (article: SeedArticle) => syncTranslations({}, article.versions);

function versionsOf(article: SeedArticle) {
  const { columns } = syncOf(article);
  return (Object.entries(article.versions) as [Locale, SeedVersion][]).map(([locale, v]) => ({
    articleId: article.id,
    locale,
    slug: slugify(v.title),
    ...v,
    coverAlt: article.cover ? seedCoverAlt(article.cover.motif, locale) : null,
    ...searchColumns(v),
    ...columns[locale],
  }));
}

/**
 * The demo articles, by fixed ids: one already there, or whose slug an editor
 * has since taken, is left alone, so a second run adds nothing.
 */
export async function seedNews(db: Db, now = new Date()): Promise<number> {
  let added = 0;
  for (const article of seedArticles(now)) {
    if (article.cover) await ensureSeedCover(article.cover);
    const versions = versionsOf(article);
    const [existing] = await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, [article.id]));
    const [slugTaken] = await db
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(inArray(articleTranslations.slug, versions.map((v) => v.slug)));
    if (existing || slugTaken) continue;
    const publishedAt = article.publishedAt ? zonedInputToDate(article.publishedAt) : null;
    await db.transaction(async (tx) => {
      await tx.insert(articles).values({
        id: article.id,
        organisation: article.organisation,
        status: article.status,
        publishedAt,
        coverImage: article.cover?.name ?? null,
        translationPending: syncOf(article).pending,
        // Written then, not on the day the demo was installed.
        ...(publishedAt ? { createdAt: publishedAt, updatedAt: publishedAt } : {}),
      });
      await tx.insert(articleTranslations).values(versions);
      if (article.cosigners?.length) await signJointly(tx, article, versions, publishedAt);
    });
    added += 1;
  }
  return added;
}

/** The editor of one organisation alone who approves the demo's joint statement in its name (db/demo-accounts.ts). */
export async function demoEditorOf(db: Db | Tx, organisation: Organisation): Promise<string | null> {
  const email = demoAccounts.find((a) => a.organisations?.length === 1 && a.organisations[0] === organisation)?.email;
  if (!email) return null;
  const [row] = await db.select({ id: users.id }).from(users).innerJoin(userOrganisations, and(eq(userOrganisations.userId, users.id), eq(userOrganisations.organisation, organisation))).where(eq(users.email, email));
  return row?.id ?? null;
}

/** A joint statement of the demo: its co-signers, and each signer's approval of its text, given before it went live. */
async function signJointly(tx: Tx, article: SeedArticle, versions: { locale: string; title: string; summary: string; body: string }[], publishedAt: Date | null) {
  await tx.insert(articleCosigners).values(article.cosigners!.map((organisation) => ({ articleId: article.id, organisation })));
  const textHash = signedTextHash([article.organisation, ...article.cosigners!], versions);
  for (const organisation of [article.organisation, ...article.cosigners!]) {
    await tx.insert(articleApprovals).values({ itemId: article.id, organisation, approvedBy: await demoEditorOf(tx, organisation), textHash, ...(publishedAt ? { approvedAt: publishedAt } : {}) });
  }
}
