import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaSupports, ideas } from "@/db/schema";
import type { IdeaCursor } from "@/lib/ideas/cursor";
import { isPublicIdea, type Caller } from "./access";

/** Supported ideas a page of the account shows; older supports are a page further (keyset: the support's time, the idea). */
export const SUPPORTED_IDEAS_PAGE_SIZE = 10;

/**
 * The public ideas the caller supports, the latest support first, a page at a time, on the index of
 * idea_supports (user_id, created_at, idea_id). A support of an idea since hidden waits out of sight until an
 * editor decides; a merged idea's supports have moved to the idea it was merged into.
 */
export async function listSupportedIdeas(caller: Caller, after?: IdeaCursor) {
  if (!caller) return { ideas: [], next: undefined };
  const rows = await getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      language: ideas.language,
      status: ideas.status,
      supportCount: ideas.supportCount,
      commentCount: ideas.commentCount,
      supportedAt: ideaSupports.createdAt,
    })
    .from(ideaSupports)
    .innerJoin(ideas, eq(ideas.id, ideaSupports.ideaId))
    .where(
      and(
        eq(ideaSupports.userId, caller.id),
        isPublicIdea,
        after ? sql`(${ideaSupports.createdAt}, ${ideaSupports.ideaId}) < (${new Date(after.value).toISOString()}::timestamptz, ${after.id}::integer)` : undefined,
      ),
    )
    .orderBy(desc(ideaSupports.createdAt), desc(ideaSupports.ideaId))
    .limit(SUPPORTED_IDEAS_PAGE_SIZE + 1);
  const page = rows.slice(0, SUPPORTED_IDEAS_PAGE_SIZE);
  const last = page.at(-1);
  const next: IdeaCursor | undefined = rows.length > SUPPORTED_IDEAS_PAGE_SIZE && last ? { value: last.supportedAt.getTime(), id: last.id } : undefined;
  return { ideas: page, next };
}
