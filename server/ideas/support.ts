import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaSupports, ideas } from "@/db/schema";
import { isEmailVerified } from "../verification";
import type { Caller } from "./access";
import { followByDefault } from "./follow";
import { checkReactionTarget } from "./reaction-target";

export type SupportResult =
  | { ok: true; supported: boolean; supportCount: number }
  | { ok: false; reason: "signedOut" | "unverified" | "notFound" | "ownIdea" };

/**
 * Supports a public idea, or takes the support back if there was one. The
 * support row and the idea's counter change in one transaction, and the
 * counter only moves when a row really was added or removed, so a double
 * click or two tabs racing each other cannot skew it.
 */
export async function toggleSupport(caller: Caller, ideaId: number): Promise<SupportResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  return getDb().transaction(async (tx) => {
    if (!(await isEmailVerified(caller.id, tx))) return { ok: false as const, reason: "unverified" as const };
    const target = await checkReactionTarget(tx, caller, ideaId);
    if (!target.ok) return target;

    const added = await tx
      .insert(ideaSupports)
      .values({ ideaId, userId: caller.id })
      .onConflictDoNothing()
      .returning({ ideaId: ideaSupports.ideaId });
    let delta = added.length;
    if (!added.length) {
      const removed = await tx
        .delete(ideaSupports)
        .where(and(eq(ideaSupports.ideaId, ideaId), eq(ideaSupports.userId, caller.id)))
        .returning({ ideaId: ideaSupports.ideaId });
      delta = -removed.length;
    } else {
      // A supporter follows the idea by default, unless they already said they stop.
      await followByDefault(tx, ideaId, caller.id);
    }
    const [counted] = await tx
      .update(ideas)
      .set({ supportCount: sql`${ideas.supportCount} + ${delta}` })
      .where(eq(ideas.id, ideaId))
      .returning({ supportCount: ideas.supportCount });
    return { ok: true, supported: delta > 0, supportCount: counted.supportCount };
  });
}
