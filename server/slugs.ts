import "server-only";
import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db/client";
import type { OldSlugsTable } from "@/db/schema/old-slugs";
import type { Locale } from "@/i18n/routing";

// Articles and events are both one row plus a version per language, each
// version with its own slug; these are the rules their slugs share.

type Versions = Partial<Record<Locale, { slug: string }>>;
/** A translations table: the slug of a version and the page (article, event) it belongs to. */
export type SlugColumns = { table: PgTable; slug: AnyPgColumn; ownerId: AnyPgColumn };
/** The pages a visitor may reach: their table's id column and the condition on their row. */
export type VisiblePages = { table: PgTable; id: AnyPgColumn; visible: SQL };

const entries = (versions: Versions) => Object.entries(versions) as [Locale, { slug: string }][];

/**
 * The languages whose slug another page already uses, in either language: a
 * slug names one page, so that a slug typed under the other language can
 * redirect to the right one.
 */
export async function takenSlugLocales(tx: Tx, columns: SlugColumns, versions: Versions, ownerId: string | null): Promise<Locale[]> {
  const taken: Locale[] = [];
  for (const [locale, version] of entries(versions)) {
    const [other] = await tx
      .select({ id: columns.ownerId })
      .from(columns.table)
      .where(and(eq(columns.slug, version.slug), ownerId ? ne(columns.ownerId, ownerId) : undefined))
      .limit(1);
    if (other) taken.push(locale);
  }
  return taken;
}

/**
 * Before an edit is written: a version renamed or removed keeps its slug as an
 * old one, which redirects to the page.
 */
export async function keepRetiredSlugs(tx: Tx, table: OldSlugsTable, ownerId: string, before: { locale: Locale; slug: string }[], after: Versions): Promise<void> {
  for (const old of before) {
    if (after[old.locale]?.slug === old.slug) continue;
    await tx
      .insert(table)
      .values({ slug: old.slug, locale: old.locale, ownerId })
      .onConflictDoUpdate({ target: [table.slug, table.locale], set: { ownerId, createdAt: sql`now()` } });
  }
}

/** After a page is written: a slug in use now is no longer anyone's old slug. */
export async function releaseOldSlugs(tx: Tx, table: OldSlugsTable, versions: Versions): Promise<void> {
  const slugs = entries(versions).map(([, version]) => version.slug);
  if (slugs.length) await tx.delete(table).where(inArray(table.slug, slugs));
}

/** The visible page that last had this slug, in any language; undefined when there is none. */
export async function findOldSlugOwner(table: OldSlugsTable, slug: string, pages: VisiblePages): Promise<string | undefined> {
  const [old] = await getDb()
    .select({ ownerId: table.ownerId })
    .from(table)
    .innerJoin(pages.table, eq(pages.id, table.ownerId))
    .where(and(eq(table.slug, slug), pages.visible))
    .orderBy(desc(table.createdAt))
    .limit(1);
  return old?.ownerId;
}
