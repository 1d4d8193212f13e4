import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, events, eventTranslations } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { organisationsOf } from "@/server/organisations/membership";
import { editorRoles, hasRole } from "@/server/roles";
import type { CurrentUser } from "@/server/users";
import { jointTables, type JointKind } from "./kinds";
import { addApprovals, auditApproval, dropStaleApprovals } from "./settle";
import { signersOf } from "./signers";
import { textHashOf } from "./text-hash";

export type ApproveResult =
  | { ok: true; published: boolean; touched: { id: string; slugs: string[] } }
  | { ok: false; reason: "forbidden" | "notFound" | "notJoint" | "otherOrganisation" | "stale" };

/**
 * An editor approves a joint item in the name of the signers they speak for
 * (an admin, for all), for the text they read (`textHash`, from the page they
 * approved on: a text changed since is refused as stale). The item's row is
 * locked first, so of two approvals at once one waits for the other: the one
 * that completes the signatures of an item asked to be published publishes
 * it, once. Nothing is written or audited for an editor of none of the signers.
 */
export async function approveJointItem(caller: CurrentUser | null, kind: JointKind, id: string, textHash: string): Promise<ApproveResult> {
  if (!hasRole(caller, editorRoles)) return { ok: false, reason: "forbidden" };
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  const { item } = jointTables[kind];
  return getDb().transaction(async (tx): Promise<ApproveResult> => {
    const [locked] = await tx.select({ awaiting: item.awaitingApproval }).from(item).where(eq(item.id, id)).for("update");
    if (!locked) return { ok: false, reason: "notFound" };
    const signers = await signersOf(tx, kind, id);
    if (signers.length < 2) return { ok: false, reason: "notJoint" };
    const mine = await organisationsOf(caller, tx);
    const ours = signers.filter((organisation) => mine.includes(organisation));
    if (!ours.length) return { ok: false, reason: "otherOrganisation" };
    const hash = await textHashOf(tx, kind, id);
    if (hash !== textHash) return { ok: false, reason: "stale" };
    await dropStaleApprovals(tx, kind, id, hash, signers, caller.id);
    const { added, approved } = await addApprovals(tx, kind, id, ours, hash, caller);
    const publishes = locked.awaiting && signers.every((organisation) => approved.includes(organisation));
    if (publishes && kind === "article") {
      await tx.update(articles).set({ status: "published", awaitingApproval: false, publishedAt: sql`coalesce(${articles.publishedAt}, now())` }).where(eq(articles.id, id));
    } else if (publishes) {
      await tx.update(events).set({ status: "published", awaitingApproval: false }).where(eq(events.id, id));
    }
    if (added.length) await auditApproval(tx, kind, id, caller, added, publishes);
    const slugs =
      kind === "article"
        ? await tx.select({ slug: articleTranslations.slug }).from(articleTranslations).where(eq(articleTranslations.articleId, id))
        : await tx.select({ slug: eventTranslations.slug }).from(eventTranslations).where(eq(eventTranslations.eventId, id));
    return { ok: true, published: publishes, touched: { id, slugs: slugs.map((row) => row.slug) } };
  });
}
