import "server-only";
import { eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import type { AccountDataRule } from "../account-data/rule";

// Articles speak for an organisation, not their editor: they stay, the author becomes null.
export const articlesRule: AccountDataRule = {
  table: articles,
  section: "articlesWritten",
  export: (tx, user) => tx.select({ id: articles.id, createdAt: articles.createdAt }).from(articles).where(eq(articles.createdBy, user.id)),
  erase: async () => {},
};
