import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaComments } from "@/db/schema";
import type { ReaderComments } from "@/lib/reader-state";
import type { CurrentUser } from "../../users";
import { editWindow } from "./write";

/** Most of their own comments on one idea a reader is told about: more than anyone writes on one idea. */
const MAX_OWN = 200;

/**
 * The reader's own comments on one idea (by the author index): which they may
 * still edit, and why an editor hid one (only its author reads the reason).
 */
export async function commentsOf(caller: CurrentUser, ideaId: number): Promise<ReaderComments> {
  const rows = await getDb()
    .select({
      id: ideaComments.id,
      editable: sql<boolean>`${ideaComments.hiddenAt} is null and ${ideaComments.createdAt} > now() - ${editWindow}`,
      editableUntil: sql<string>`${ideaComments.createdAt} + ${editWindow}`,
      hidden: sql<boolean>`${ideaComments.hiddenAt} is not null`,
      hiddenReason: ideaComments.hiddenReason,
      body: ideaComments.body,
    })
    .from(ideaComments)
    .where(and(eq(ideaComments.authorId, caller.id), eq(ideaComments.ideaId, ideaId), isNull(ideaComments.deletedAt)))
    .orderBy(desc(ideaComments.createdAt))
    .limit(MAX_OWN);
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
