import { routing, type Locale } from "@/i18n/routing";

/*
 * Which language version of an article was written against which revision of
 * the other. Each version has a `textRevision`, bumped when its title, summary
 * or body changes, and records the other version's revision it was written
 * against (`writtenAgainst`) with that version's text then
 * (`writtenAgainstText`, what the desk's diff starts from). When the other
 * version's revision has moved past it, this version may be out of date.
 */

export type VersionText = { title: string; summary: string; body: string };

/** What a version says, as the diff and the "written against" text compare it (the migration translation_desk writes the same). */
export function translationText(version: VersionText): string {
  return `${version.title}\n\n${version.summary}\n\n${version.body}`;
}

export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
}

/** `writtenAgainstText` undefined: the saved one stays as it is. */
export type SyncColumns = { textRevision: number; writtenAgainst: number | null; writtenAgainstText?: string | null };
/** A version as saved: its text and where it stands. */
export type SavedVersion = VersionText & Pick<SyncColumns, "textRevision" | "writtenAgainst">;

/** Whether `own` was written against an older text of `other` than the one there is now. */
export function isOutOfDate(own: Pick<SyncColumns, "writtenAgainst">, other: Pick<SyncColumns, "textRevision"> | undefined): boolean {
  return Boolean(other) && own.writtenAgainst !== null && other!.textRevision > own.writtenAgainst;
}

/**
 * Where each version stands after a save of `incoming` over `saved`.
 * A version whose text changed is written against the other as saved now
 * (both changed at once: both are current); an unchanged one keeps what it
 * was written against (so the other's new text puts it out of date), unless
 * the editor says it is up to date (`upToDate`), it had no other version
 * until now, or the other was out of date and this save is its translation. `pending`: a version is missing or
 * may be out of date, which puts the article on the translation desk.
 */
export function syncTranslations(
  saved: Partial<Record<Locale, SavedVersion>>,
  incoming: Partial<Record<Locale, VersionText>>,
  upToDate: readonly Locale[] = [],
): { columns: Partial<Record<Locale, SyncColumns>>; pending: boolean } {
  const present = routing.locales.filter((l) => incoming[l]);
  const changed = (l: Locale) => !saved[l] || translationText(saved[l]) !== translationText(incoming[l]!);
  const revision = (l: Locale) => (saved[l] ? saved[l].textRevision + (changed(l) ? 1 : 0) : 1);
  // A version that was out of date and changed is a translation catching up, not new text for the other to follow.
  const caughtUp = (l: Locale) => changed(l) && Boolean(saved[l]) && isOutOfDate(saved[l]!, saved[otherLocale(l)]);
  const columns: Partial<Record<Locale, SyncColumns>> = {};
  for (const locale of present) {
    const other = otherLocale(locale);
    const before = saved[locale];
    if (!incoming[other]) columns[locale] = { textRevision: revision(locale), writtenAgainst: null, writtenAgainstText: null };
    else if (changed(locale) || upToDate.includes(locale) || !before || before.writtenAgainst === null || caughtUp(other))
      columns[locale] = { textRevision: revision(locale), writtenAgainst: revision(other), writtenAgainstText: translationText(incoming[other]!) };
    else columns[locale] = { textRevision: revision(locale), writtenAgainst: before.writtenAgainst };
  }
  const pending = present.length < routing.locales.length || present.some((l) => isOutOfDate(columns[l]!, columns[otherLocale(l)]));
  return { columns, pending };
}
