import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ideas } from "@/db/schema";
import type { CurrentUser } from "../users";
import { ideaIsPublic } from "./access";

/**
 * Whether a member may support or report an idea: it is public, and someone else's. The row stays locked until
 * the reaction's transaction ends, so that a merge (server/ideas/merge.ts) waiting for it moves this support too,
 * or, having gone first, is seen here and leaves nothing on the merged idea.
 */
export async function checkReactionTarget(tx: Tx, caller: CurrentUser, ideaId: number): Promise<{ ok: true } | { ok: false; reason: "notFound" | "ownIdea" }> {
  const [idea] = await tx
    .select({ authorId: ideas.authorId, status: ideas.status, hiddenAt: ideas.hiddenAt })
    .from(ideas)
    .where(eq(ideas.id, ideaId))
    .for("no key update");
  if (!idea || !ideaIsPublic(idea)) return { ok: false, reason: "notFound" };
  if (idea.authorId === caller.id) return { ok: false, reason: "ownIdea" };
  return { ok: true };
}
