import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { ideaReports, ideas, ideaSupports } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// A deleted member's ideas stay, anonymous: the foreign key sets the author to null.
export const ideasRule: AccountDataRule = {
  table: ideas,
  section: "ideas",
  export: (tx, user) =>
    tx
      .select({
        id: ideas.id,
        title: ideas.title,
        description: ideas.description,
        category: ideas.category,
        language: ideas.language,
        showName: ideas.showName,
        status: ideas.status,
        rejectionReason: ideas.rejectionReason,
        publicAnswer: ideas.publicAnswer,
        supportCount: ideas.supportCount,
        createdAt: ideas.createdAt,
        publishedAt: ideas.publishedAt,
      })
      .from(ideas)
      .where(eq(ideas.authorId, user.id))
      .orderBy(asc(ideas.createdAt)),
  erase: async (tx, user) => {
    await tx.update(ideas).set({ showName: false }).where(eq(ideas.authorId, user.id));
  },
};

// The supports go, and the counts they were part of go down with them.
export const ideaSupportsRule: AccountDataRule = {
  table: ideaSupports,
  section: "ideaSupports",
  export: (tx, user) =>
    tx
      .select({ ideaId: ideaSupports.ideaId, createdAt: ideaSupports.createdAt })
      .from(ideaSupports)
      .where(eq(ideaSupports.userId, user.id))
      .orderBy(asc(ideaSupports.createdAt)),
  erase: async (tx, user) => {
    const removed = await tx.delete(ideaSupports).where(eq(ideaSupports.userId, user.id)).returning({ ideaId: ideaSupports.ideaId });
    const ids = removed.map((row) => row.ideaId);
    if (ids.length) await tx.update(ideas).set({ supportCount: sql`${ideas.supportCount} - 1` }).where(inArray(ideas.id, ids));
  },
};

export const ideaReportsRule: AccountDataRule = {
  table: ideaReports,
  section: "ideaReports",
  export: (tx, user) =>
    tx
      .select({ ideaId: ideaReports.ideaId, reason: ideaReports.reason, createdAt: ideaReports.createdAt })
      .from(ideaReports)
      .where(eq(ideaReports.reporterId, user.id))
      .orderBy(asc(ideaReports.createdAt)),
  erase: async (tx, user) => {
    const removed = await tx.delete(ideaReports).where(eq(ideaReports.reporterId, user.id)).returning({ ideaId: ideaReports.ideaId });
    const ids = removed.map((row) => row.ideaId);
    if (ids.length) {
      await tx
        .update(ideas)
        .set({ reportCount: sql`greatest(${ideas.reportCount} - 1, 0)` })
        .where(inArray(ideas.id, ids));
    }
  },
};
