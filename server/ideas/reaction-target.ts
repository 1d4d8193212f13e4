import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ideas } from "@/db/schema";
import type { CurrentUser } from "../users";
import { ideaIsPublic } from "./access";

/** Whether a member may support or report an idea: it is public, and someone else's. */
export async function checkReactionTarget(tx: Tx, caller: CurrentUser, ideaId: number): Promise<{ ok: true } | { ok: false; reason: "notFound" | "ownIdea" }> {
  const [idea] = await tx
    .select({ authorId: ideas.authorId, status: ideas.status, hiddenAt: ideas.hiddenAt })
    .from(ideas)
    .where(eq(ideas.id, ideaId));
  if (!idea || !ideaIsPublic(idea)) return { ok: false, reason: "notFound" };
  if (idea.authorId === caller.id) return { ok: false, reason: "ownIdea" };
  return { ok: true };
}
