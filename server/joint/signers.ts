import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articleCosigners, articles, organisations, type Organisation } from "@/db/schema";
import { organisersOf } from "@/server/agenda/event-organisers";
import type { JointKind } from "./kinds";

/** In the portal's order of the three, each once. */
export const inOrder = (list: Iterable<Organisation>): Organisation[] => {
  const set = new Set(list);
  return organisations.filter((organisation) => set.has(organisation));
};

/** The organisations that sign an item: an article's own and its co-signers, an event's organisers. */
export async function signersOf(tx: Tx | Db, kind: JointKind, id: string): Promise<Organisation[]> {
  if (kind === "event") return organisersOf(tx as Tx, id);
  const [article] = await tx.select({ organisation: articles.organisation }).from(articles).where(eq(articles.id, id));
  if (!article) return [];
  return inOrder([article.organisation, ...(await cosignersOf(tx, id))]);
}

export async function cosignersOf(tx: Tx | Db, articleId: string): Promise<Organisation[]> {
  const rows = await tx.select({ organisation: articleCosigners.organisation }).from(articleCosigners).where(eq(articleCosigners.articleId, articleId));
  return inOrder(rows.map((row) => row.organisation));
}

/** Writes an article's co-signers: those asked, without its own organisation. */
export async function saveCosigners(tx: Tx, articleId: string, own: Organisation, wanted: readonly Organisation[]): Promise<void> {
  await tx.delete(articleCosigners).where(eq(articleCosigners.articleId, articleId));
  const rows = inOrder(wanted.filter((organisation) => organisation !== own)).map((organisation) => ({ articleId, organisation }));
  if (rows.length) await tx.insert(articleCosigners).values(rows);
}
