import "server-only";
import type { Role } from "@/db/schema";
import type { CurrentUser } from "@/server/users";

// The same roles as `editorRoles` in server/session.ts, which cannot be
// imported here: it loads Auth.js and the router, and this module is tested alone.
const newsEditorRoles: readonly Role[] = ["editor", "admin"];

/** Editors and admins write the news; everyone else, signed in or not, only reads it. */
export function canEditNews(caller: CurrentUser | null): caller is CurrentUser {
  return caller !== null && newsEditorRoles.includes(caller.role);
}
