import "server-only";
import { and, eq, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { ideaFollows, ideas, notifications, users, type NotificationKind } from "@/db/schema";
import { queueMail } from "../mail";
import { followMail } from "./follow-mail";
import { ideaIsPublic, type Caller } from "./access";

export type FollowResult = { ok: true; following: boolean } | { ok: false; reason: "signedOut" | "notFound" };

/**
 * Follows by default: the author when they submit an idea, a member when they
 * support one. A member who already said they stop following is left as they chose.
 */
export async function followByDefault(tx: Tx, ideaId: number, userId: string): Promise<void> {
  await tx.insert(ideaFollows).values({ ideaId, userId }).onConflictDoNothing();
}

/**
 * The member follows a public idea (or their own, whatever its state), or stops
 * following it: `want` says which, so that a form sent twice does the same thing.
 */
export async function setFollowing(caller: Caller, ideaId: number, want: boolean): Promise<FollowResult> {
  if (!caller) return { ok: false, reason: "signedOut" };
  return getDb().transaction(async (tx) => {
    const [idea] = await tx.select({ authorId: ideas.authorId, status: ideas.status, hiddenAt: ideas.hiddenAt }).from(ideas).where(eq(ideas.id, ideaId));
    if (!idea || (!ideaIsPublic(idea) && idea.authorId !== caller.id)) return { ok: false as const, reason: "notFound" as const };
    await tx
      .insert(ideaFollows)
      .values({ ideaId, userId: caller.id, following: want })
      .onConflictDoUpdate({ target: [ideaFollows.ideaId, ideaFollows.userId], set: { following: want } });
    return { ok: true as const, following: want };
  });
}

/** Whether the member follows each of the ideas asked (the reader island). */
export async function followedBy(userId: string, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await getDb()
    .select({ ideaId: ideaFollows.ideaId })
    .from(ideaFollows)
    .where(and(eq(ideaFollows.userId, userId), eq(ideaFollows.following, true), sql`${ideaFollows.ideaId} in ${ids}`));
  return new Set(rows.map((row) => row.ideaId));
}

/**
 * Tells every follower of an idea what happened to it, in the transaction of
 * the event itself (it happened if and only if they are told), but not the
 * member who caused it. One statement, whatever the number of followers.
 * Those who asked for mail (and have a confirmed address) also get one, at
 * most one a day per idea: the first news of the day is mailed, the rest of
 * that day's news about the idea waits in their account.
 */
export async function notifyFollowers(tx: Tx, ideaId: number, kind: NotificationKind, actorId: string | null): Promise<void> {
  await tx.execute(sql`
    insert into ${notifications} (recipient_id, idea_id, kind)
    select f.user_id, f.idea_id, ${kind}::notification_kind from ${ideaFollows} f
    where f.idea_id = ${ideaId}::integer and f.following and f.user_id is distinct from ${actorId}::uuid`);

  // Marking the follow as mailed and choosing who is due are one update: two events at once mail a member once.
  // The where clause follows `from` (the member's row, joined): the lint rule only looks right after `set`.
  // eslint-disable-next-line drizzle/enforce-update-with-where
  const due = await tx
    .update(ideaFollows)
    .set({ mailedAt: sql`now()` })
    .from(users)
    .where(
      and(
        eq(ideaFollows.ideaId, ideaId),
        eq(ideaFollows.following, true),
        eq(users.id, ideaFollows.userId),
        actorId ? ne(ideaFollows.userId, actorId) : undefined,
        eq(users.ideaMail, true),
        isNotNull(users.emailVerifiedAt),
        isNull(users.bannedAt),
        or(isNull(ideaFollows.mailedAt), lte(ideaFollows.mailedAt, sql`now() - interval '1 day'`)),
      ),
    )
    .returning({ userId: users.id, email: users.email, name: users.name, locale: users.preferredLocale });
  if (!due.length) return;
  const [idea] = await tx.select({ title: ideas.title }).from(ideas).where(eq(ideas.id, ideaId));
  for (const member of due) {
    await queueMail(tx, { to: member.email, userId: member.userId, locale: member.locale, kind: "idea_follow", ...followMail(member.locale, { ideaId, name: member.name, title: idea.title, kind }) });
  }
}
