import "server-only";
import { sql } from "drizzle-orm";
import { publicIdeaPredicate, type Idea } from "@/db/schema";
import { editorRoles, hasRole } from "../roles";
import type { CurrentUser } from "../users";

/** Who is asking: the signed-in user or nobody. Every function of the ideas layer takes it. */
export type Caller = CurrentUser | null;

export function isEditor(caller: Caller): caller is CurrentUser {
  return hasRole(caller, editorRoles);
}

/** The same text as the partial indexes' predicate, so that the planner uses them. */
export const isPublicIdea = sql.raw(`(${publicIdeaPredicate})`);

export function ideaIsPublic(idea: Pick<Idea, "status"> & { hiddenAt: Date | string | null }): boolean {
  return (idea.status === "published" || idea.status === "retained") && !idea.hiddenAt;
}

/** The author and editors may read an idea that is not public (waiting, refused, hidden, withdrawn); nobody else. */
export function canRead(caller: Caller, idea: Pick<Idea, "status" | "hiddenAt" | "authorId">): boolean {
  if (ideaIsPublic(idea)) return true;
  return !!caller && (caller.id === idea.authorId || isEditor(caller));
}
