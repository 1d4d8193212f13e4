import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { organisations, userOrganisations, type Organisation } from "@/db/schema";
import { editorRoles, hasRole } from "@/server/roles";
import type { CurrentUser } from "@/server/users";

type Reader = Tx | ReturnType<typeof getDb>;

/**
 * The organisations a caller may publish, edit and answer for: every one for
 * an admin, the ones an admin gave them for an editor, none for anyone else.
 * Read from the database at each call (inside the mutation's transaction when
 * there is one), so that a membership taken away applies at once.
 */
export async function organisationsOf(caller: CurrentUser | null, db: Reader = getDb()): Promise<Organisation[]> {
  if (!hasRole(caller, editorRoles)) return [];
  if (caller.role === "admin") return [...organisations];
  const rows = await db.select({ organisation: userOrganisations.organisation }).from(userOrganisations).where(eq(userOrganisations.userId, caller.id));
  const mine = new Set(rows.map((row) => row.organisation));
  return organisations.filter((organisation) => mine.has(organisation));
}

/**
 * What an edit form offers: the caller's organisations, and those the item already has, so that the form shows
 * it as it is (a save by someone who does not speak for them is refused, with the reason).
 */
export async function offeredFor(caller: CurrentUser, current: Organisation | readonly Organisation[]): Promise<Organisation[]> {
  const mine = await organisationsOf(caller);
  const kept = typeof current === "string" ? [current] : current;
  return organisations.filter((organisation) => mine.includes(organisation) || kept.includes(organisation));
}

/** Whether the caller speaks for at least one of the organisations listed (an empty list is nobody's). */
export function speaksForOne(mine: readonly Organisation[], listed: readonly Organisation[]): boolean {
  return listed.some((organisation) => mine.includes(organisation));
}

/**
 * Whether a caller may change the organisers of an event from `before` (empty
 * for a new one) to `after`: they speak for one of those it had and for one
 * of those it will have; they may invite any other organisation, which signs
 * only by approving (server/joint/), and take away only their own.
 */
export function mayChangeOrganisers(mine: readonly Organisation[], before: readonly Organisation[], after: readonly Organisation[]): boolean {
  if (before.length && !speaksForOne(mine, before)) return false;
  if (!speaksForOne(mine, after)) return false;
  return before.filter((organisation) => !after.includes(organisation)).every((organisation) => mine.includes(organisation));
}
