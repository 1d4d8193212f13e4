import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { ReaderComments } from "@/lib/reader-state";
import { editWindow } from "./write";

/** Most of their own comments on one idea a reader is told about: more than anyone writes on one idea. */
const MAX_OWN = 200;

type OwnComment = { id: number; editable: boolean; editableUntil: string; hidden: boolean; hiddenReason: string | null; body: string };

/**
 * The own comments on one idea of the member of the outer `users` row (by the
 * author index), as one json column: /api/reader asks it beside the page's
 * other questions, in one statement. Names are written out: drizzle leaves a
 * select's columns unqualified.
 */
export function ownCommentsOf(ideaId: number): SQL<OwnComment[]> {
  return sql<OwnComment[]>`(select coalesce(json_agg(own), '[]') from (
    select c.id, c.hidden_at is null and c.created_at > now() - ${editWindow} as editable, c.created_at + ${editWindow} as "editableUntil",
      c.hidden_at is not null as hidden, c.hidden_reason as "hiddenReason", c.body
    from idea_comments c where c.author_id = "users"."id" and c.idea_id = ${ideaId} and c.deleted_at is null
    order by c.created_at desc limit ${MAX_OWN}) own)`;
}

/** Which of them the reader may still edit, and why an editor hid one (only its author reads the reason). */
export function readerComments(rows: OwnComment[]): ReaderComments {
  return {
    mine: Object.fromEntries(
      rows.map((row) => [
        row.id,
        {
          editableUntil: row.editable ? new Date(row.editableUntil).toISOString() : null,
          // The text as written, for the edit form: only while it may be edited.
          ...(row.editable ? { body: row.body } : {}),
          ...(row.hidden ? { hiddenReason: row.hiddenReason ?? null } : {}),
        },
      ]),
    ),
  };
}
