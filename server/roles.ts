import type { Role } from "@/db/schema";
import { env } from "@/lib/env";
import type { CurrentUser } from "./users";

export const editorRoles = ["editor", "admin"] as const satisfies readonly Role[];
export const adminRoles = ["admin"] as const satisfies readonly Role[];

/**
 * Whether a staff member is held back until they enrol an authenticator
 * (STAFF_MFA=required): they are then a member like any other.
 */
export function needsSecondFactor(caller: CurrentUser): boolean {
  return caller.role !== "member" && !caller.secondFactor && env().STAFF_MFA === "required";
}

/**
 * The check every function of the data access layer starts with. A right
 * that only staff have also needs the second factor when it is required.
 */
export function hasRole(caller: CurrentUser | null | undefined, roles: readonly Role[]): caller is CurrentUser {
  if (!caller || !roles.includes(caller.role)) return false;
  return roles.includes("member") || !needsSecondFactor(caller);
}
