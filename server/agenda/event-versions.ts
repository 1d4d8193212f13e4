import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventOldSlugs, eventTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { EventInput, EventVersionInput } from "@/lib/validation/event";
import { keepRetiredSlugs, releaseOldSlugs, type SlugColumns } from "@/server/slugs";

export const versionEntries = (versions: EventInput["versions"]) => Object.entries(versions) as [Locale, EventVersionInput][];

export const eventSlugColumns: SlugColumns = { table: eventTranslations, slug: eventTranslations.slug, ownerId: eventTranslations.eventId };

/**
 * Writes the versions the form has and removes the one it no longer has;
 * returns every slug touched. A slug renamed or removed keeps leading to the
 * event (308), until another event takes it.
 */
export async function saveVersions(tx: Tx, eventId: string, versions: EventInput["versions"]): Promise<string[]> {
  const entries = versionEntries(versions);
  const before = await tx.select({ locale: eventTranslations.locale, slug: eventTranslations.slug }).from(eventTranslations).where(eq(eventTranslations.eventId, eventId));
  await keepRetiredSlugs(tx, eventOldSlugs, eventId, before, versions);
  const kept = entries.map(([locale]) => locale);
  await tx.delete(eventTranslations).where(and(eq(eventTranslations.eventId, eventId), kept.length ? notInArray(eventTranslations.locale, kept) : undefined));
  const touched = new Set(before.map((row) => row.slug));
  for (const [locale, version] of entries) {
    const row = { eventId, locale, ...version };
    await tx.insert(eventTranslations).values(row).onConflictDoUpdate({ target: [eventTranslations.eventId, eventTranslations.locale], set: row });
    touched.add(version.slug);
  }
  await releaseOldSlugs(tx, eventOldSlugs, versions);
  return [...touched];
}
