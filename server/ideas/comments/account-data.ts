import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { ideaCommentReports, ideaComments, ideas } from "@/db/schema";
import type { AccountDataRule } from "../../account-data/rule";

// A deleted member's comments lose their text, as if they had deleted them: the replies under them keep their place.
export const ideaCommentsRule: AccountDataRule = {
  table: ideaComments,
  section: "ideaComments",
  export: (tx, user) =>
    tx
      .select({
        id: ideaComments.id,
        ideaId: ideaComments.ideaId,
        parentId: ideaComments.parentId,
        body: ideaComments.body,
        language: ideaComments.language,
        createdAt: ideaComments.createdAt,
        editedAt: ideaComments.editedAt,
        hiddenAt: ideaComments.hiddenAt,
        hiddenReason: ideaComments.hiddenReason,
      })
      .from(ideaComments)
      .where(and(eq(ideaComments.authorId, user.id), isNull(ideaComments.deletedAt)))
      .orderBy(asc(ideaComments.createdAt)),
  erase: async (tx, user) => {
    const erased = await tx
      .update(ideaComments)
      .set({ body: "", deletedAt: sql`now()`, officialAt: null })
      .where(and(eq(ideaComments.authorId, user.id), isNull(ideaComments.deletedAt)))
      .returning({ ideaId: ideaComments.ideaId, hiddenAt: ideaComments.hiddenAt });
    for (const row of erased.filter((comment) => !comment.hiddenAt)) {
      await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, row.ideaId));
    }
  },
};

export const ideaCommentReportsRule: AccountDataRule = {
  table: ideaCommentReports,
  section: "ideaCommentReports",
  export: (tx, user) =>
    tx
      .select({ commentId: ideaCommentReports.commentId, reason: ideaCommentReports.reason, createdAt: ideaCommentReports.createdAt })
      .from(ideaCommentReports)
      .where(eq(ideaCommentReports.reporterId, user.id))
      .orderBy(asc(ideaCommentReports.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(ideaCommentReports).where(eq(ideaCommentReports.reporterId, user.id));
  },
};
