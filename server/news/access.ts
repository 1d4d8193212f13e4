import "server-only";
import { editorRoles, hasRole } from "@/server/roles";
import type { CurrentUser } from "@/server/users";

/** Editors and admins write the news; everyone else, signed in or not, only reads it. */
export function canEditNews(caller: CurrentUser | null): caller is CurrentUser {
  return hasRole(caller, editorRoles);
}
