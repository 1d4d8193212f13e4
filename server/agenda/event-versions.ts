import "server-only";
import { and, eq, ne, notInArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { EventInput, EventVersionInput } from "@/lib/validation/event";

export const versionEntries = (versions: EventInput["versions"]) => Object.entries(versions) as [Locale, EventVersionInput][];

/**
 * The languages whose slug another event already uses, in either language:
 * a slug names one event, so that a slug typed under the other language can
 * redirect to the right page.
 */
export async function takenSlugLocales(tx: Tx, versions: EventInput["versions"], eventId: string | null): Promise<Locale[]> {
  const taken: Locale[] = [];
  for (const [locale, version] of versionEntries(versions)) {
    const [other] = await tx
      .select({ id: eventTranslations.eventId })
      .from(eventTranslations)
      .where(and(eq(eventTranslations.slug, version.slug), eventId ? ne(eventTranslations.eventId, eventId) : undefined))
      .limit(1);
    if (other) taken.push(locale);
  }
  return taken;
}

/** Writes the versions the form has and removes the one it no longer has; returns every slug touched. */
export async function saveVersions(tx: Tx, eventId: string, versions: EventInput["versions"]): Promise<string[]> {
  const entries = versionEntries(versions);
  const kept = entries.map(([locale]) => locale);
  const removed = await tx
    .delete(eventTranslations)
    .where(and(eq(eventTranslations.eventId, eventId), kept.length ? notInArray(eventTranslations.locale, kept) : undefined))
    .returning({ slug: eventTranslations.slug });
  const touched = new Set(removed.map((row) => row.slug));
  for (const [locale, version] of entries) {
    const [before] = await tx
      .select({ slug: eventTranslations.slug })
      .from(eventTranslations)
      .where(and(eq(eventTranslations.eventId, eventId), eq(eventTranslations.locale, locale)));
    if (before) touched.add(before.slug);
    const row = { eventId, locale, ...version };
    await tx.insert(eventTranslations).values(row).onConflictDoUpdate({ target: [eventTranslations.eventId, eventTranslations.locale], set: row });
    touched.add(version.slug);
  }
  return [...touched];
}

export function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined);
  return codeOf(error) === "23505" || codeOf((error as { cause?: unknown })?.cause) === "23505";
}
