import type { Role } from "@/db/schema";
import type { CurrentUser } from "./users";

export const editorRoles = ["editor", "admin"] as const satisfies readonly Role[];
export const adminRoles = ["admin"] as const satisfies readonly Role[];

/** The check every function of the data access layer starts with. */
export function hasRole(caller: CurrentUser | null | undefined, roles: readonly Role[]): caller is CurrentUser {
  return !!caller && roles.includes(caller.role);
}
