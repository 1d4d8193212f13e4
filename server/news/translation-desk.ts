import "server-only";
import { and, desc, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, organisations, type Organisation } from "@/db/schema";
import { organisationsOf } from "@/server/organisations/membership";
import type { CurrentUser } from "@/server/users";
import { canEditNews } from "./access";
import { afterEditorCursor, editorRows, nextEditorCursor, type EditorArticleRow } from "./editor-queries";

/** Whose articles the desk shows: the caller's organisations (the default), every one, or one. */
export type DeskScope = "mine" | "all" | Organisation;

export function readDeskScope(value: string | undefined): DeskScope {
  if (value === "all") return "all";
  return organisations.find((o) => o === value) ?? "mine";
}

/**
 * The translation desk: the articles with a version missing or maybe out of
 * date (`translation_pending`, kept by each save), undated drafts first, then
 * newest first, by keyset on the desk's partial index. Editors only; any
 * editor may look at every organisation's, as on the editors' list, but is
 * shown their own first.
 */
export async function listTranslationDesk(
  caller: CurrentUser | null,
  filters: { scope: DeskScope; after?: string | null },
  limit = 25,
): Promise<{ rows: EditorArticleRow[]; next: string | null }> {
  if (!canEditNews(caller)) return { rows: [], next: null };
  const shown = filters.scope === "all" ? organisations : filters.scope === "mine" ? await organisationsOf(caller) : [filters.scope];
  if (!shown.length) return { rows: [], next: null };
  // The predicate of articles_translation_desk_idx, written as the index has it.
  const conditions: (SQL | undefined)[] = [sql`${articles.translationPending}`, afterEditorCursor(filters.after)];
  if (shown.length < organisations.length) conditions.push(inArray(articles.organisation, shown));
  const page = await getDb()
    .select()
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit + 1);
  return { rows: await editorRows(page.slice(0, limit)), next: nextEditorCursor(page, limit) };
}
