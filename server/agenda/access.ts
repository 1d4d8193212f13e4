import "server-only";
import { editorRoles, hasRole } from "@/server/roles";
import type { CurrentUser } from "@/server/users";

/** Editors and admins write the agenda and see who registered; members only register themselves. */
export function canEditAgenda(caller: CurrentUser | null): caller is CurrentUser {
  return hasRole(caller, editorRoles);
}
