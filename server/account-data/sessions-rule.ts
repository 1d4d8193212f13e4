import "server-only";
import { asc, eq } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import type { AccountDataRule } from "./rule";

// The member's signed-in browsers as the account page lists them; the row ids stay out of the file.
export const sessionsRule: AccountDataRule = {
  table: userSessions,
  section: "sessions",
  export: (tx, user) =>
    tx
      .select({ browser: userSessions.browser, os: userSessions.os, address: userSessions.address, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
      .from(userSessions)
      .where(eq(userSessions.userId, user.id))
      .orderBy(asc(userSessions.createdAt)),
  erase: async (tx, user) => {
    await tx.delete(userSessions).where(eq(userSessions.userId, user.id));
  },
};
