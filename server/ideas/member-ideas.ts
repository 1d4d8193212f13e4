import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaFollows, ideaSupports, ideas } from "@/db/schema";
import { keysetPage, type IdeaCursor } from "@/lib/ideas/cursor";
import { isPublicIdea, type Caller } from "./access";

/** Ideas a list of the account shows; older ones are a page further (keyset: when the member joined the idea, the idea). */
export const MEMBER_IDEAS_PAGE_SIZE = 10;

/** The two ways a member is with an idea someone else wrote: they support it, or they follow it. */
export type MemberIdeaList = "supported" | "followed";

/** Each list's table: who is with which idea since when, read on its (user_id, created_at, idea_id) index. */
const lists = {
  supported: { table: ideaSupports, userId: ideaSupports.userId, ideaId: ideaSupports.ideaId, since: ideaSupports.createdAt, only: undefined },
  followed: { table: ideaFollows, userId: ideaFollows.userId, ideaId: ideaFollows.ideaId, since: ideaFollows.createdAt, only: eq(ideaFollows.following, true) },
} as const;

/**
 * The public ideas the caller supports or follows, the latest first, a page
 * at a time. An idea since hidden waits out of sight until an editor decides;
 * a merged idea's supports and followers have moved to the idea it went into.
 */
export async function listMemberIdeas(caller: Caller, list: MemberIdeaList, after?: IdeaCursor) {
  if (!caller) return { ideas: [], next: undefined };
  const from = lists[list];
  const rows = await getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      language: ideas.language,
      status: ideas.status,
      supportCount: ideas.supportCount,
      commentCount: ideas.commentCount,
      since: from.since,
    })
    .from(from.table)
    .innerJoin(ideas, eq(ideas.id, from.ideaId))
    .where(
      and(
        eq(from.userId, caller.id),
        from.only,
        isPublicIdea,
        after ? sql`(${from.since}, ${from.ideaId}) < (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)` : undefined,
      ),
    )
    .orderBy(desc(from.since), desc(from.ideaId))
    .limit(MEMBER_IDEAS_PAGE_SIZE + 1);
  const { page, next } = keysetPage(rows, MEMBER_IDEAS_PAGE_SIZE, (row) => row.since.getTime());
  return { ideas: page, next };
}
