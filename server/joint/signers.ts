import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articleCosigners, articles, eventOrganisers, organisations, type Organisation } from "@/db/schema";
import type { JointKind } from "./kinds";

/** In the portal's order of the three, each once. */
export const inOrder = (list: Iterable<Organisation>): Organisation[] => {
  const set = new Set(list);
  return organisations.filter((organisation) => set.has(organisation));
};

/** The organisations that sign an item: an article's own and its co-signers, an event's organisers. */
export async function signersOf(tx: Tx | Db, kind: JointKind, id: string): Promise<Organisation[]> {
  return (await signersOfMany(tx, kind, [id])).get(id) ?? [];
}

/** The signers of each item asked, in a query or two whatever their number (the editors' lists). */
export async function signersOfMany(tx: Tx | Db, kind: JointKind, ids: string[]): Promise<Map<string, Organisation[]>> {
  const rows: { id: string; organisation: Organisation }[] = !ids.length
    ? []
    : kind === "event"
      ? await tx.select({ id: eventOrganisers.eventId, organisation: eventOrganisers.organisation }).from(eventOrganisers).where(inArray(eventOrganisers.eventId, ids))
      : [
          ...(await tx.select({ id: articles.id, organisation: articles.organisation }).from(articles).where(inArray(articles.id, ids))),
          ...(await tx.select({ id: articleCosigners.articleId, organisation: articleCosigners.organisation }).from(articleCosigners).where(inArray(articleCosigners.articleId, ids))),
        ];
  const signers = new Map<string, Organisation[]>();
  for (const id of ids) {
    const own = rows.filter((row) => row.id === id).map((row) => row.organisation);
    if (own.length) signers.set(id, inOrder(own));
  }
  return signers;
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
