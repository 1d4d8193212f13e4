import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideas, users } from "@/db/schema";
import type { IdeaInput } from "@/lib/validation/ideas";
import { isEmailVerified } from "../verification";
import type { Caller } from "./access";
import { followByDefault } from "./follow";

export const DAILY_IDEA_LIMIT = 5;
// A second identical submission within this window is a double click or a resent form.
const DUPLICATE_WINDOW = sql`now() - interval '10 minutes'`;

export type SubmitResult = { ok: true; id: number; duplicate: boolean } | { ok: false; reason: "signedOut" | "unverified" | "dailyLimit" };

/**
 * Stores a member's idea as pending. The author's row is locked for the
 * transaction so that two submissions racing each other (a double click, two
 * tabs, two instances of the portal) see each other's count and text.
 */
export async function submitIdea(caller: Caller, input: IdeaInput): Promise<SubmitResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  return getDb().transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, caller.id)).for("update");
    // An unconfirmed address may read, not write: a throwaway account must first own a mailbox.
    if (!(await isEmailVerified(caller.id, tx))) return { ok: false, reason: "unverified" };
    const [duplicate] = await tx
      .select({ id: ideas.id })
      .from(ideas)
      .where(
        and(
          eq(ideas.authorId, caller.id),
          eq(ideas.title, input.title),
          eq(ideas.description, input.description),
          gt(ideas.createdAt, DUPLICATE_WINDOW),
        ),
      )
      .limit(1);
    if (duplicate) return { ok: true, id: duplicate.id, duplicate: true };

    // Withdrawn ideas count too: withdrawing must not reopen the day's quota.
    const [today] = await tx
      .select({ n: count() })
      .from(ideas)
      .where(and(eq(ideas.authorId, caller.id), gt(ideas.createdAt, sql`now() - interval '1 day'`)));
    if (today.n >= DAILY_IDEA_LIMIT) return { ok: false, reason: "dailyLimit" };

    const [created] = await tx
      .insert(ideas)
      .values({ ...input, authorId: caller.id, status: "pending" })
      .returning({ id: ideas.id });
    // Its author follows it from the start (and may stop).
    await followByDefault(tx, created.id, caller.id);
    return { ok: true, id: created.id, duplicate: false };
  });
}
