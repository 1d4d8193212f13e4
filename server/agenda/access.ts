import "server-only";
import type { Role } from "@/db/schema";
import type { CurrentUser } from "@/server/users";

// The same roles as `editorRoles` in server/session.ts, which cannot be
// imported here: it loads Auth.js and the router, and this module is tested alone.
const agendaEditorRoles: readonly Role[] = ["editor", "admin"];

/** Editors and admins write the agenda and see who registered; members only register themselves. */
export function canEditAgenda(caller: CurrentUser | null): caller is CurrentUser {
  return caller !== null && agendaEditorRoles.includes(caller.role);
}
