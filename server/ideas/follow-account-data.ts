import "server-only";
import { asc, eq } from "drizzle-orm";
import { ideaFollows, notifications } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// The ideas the member follows (or chose to stop following): theirs to see, gone with them.
export const ideaFollowsRule: AccountDataRule = {
  table: ideaFollows,
  section: "ideaFollows",
  export: (tx, user) =>
    tx
      .select({ ideaId: ideaFollows.ideaId, following: ideaFollows.following, createdAt: ideaFollows.createdAt })
      .from(ideaFollows)
      .where(eq(ideaFollows.userId, user.id))
      .orderBy(asc(ideaFollows.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(ideaFollows).where(eq(ideaFollows.userId, user.id));
  },
};

// What they were told, and when they read it.
export const notificationsRule: AccountDataRule = {
  table: notifications,
  section: "notifications",
  export: (tx, user) =>
    tx
      .select({ ideaId: notifications.ideaId, kind: notifications.kind, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.recipientId, user.id))
      .orderBy(asc(notifications.createdAt), asc(notifications.id)),
  erase: async (tx, user) => {
    await tx.delete(notifications).where(eq(notifications.recipientId, user.id));
  },
};
