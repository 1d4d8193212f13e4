import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { isUuid } from "@/lib/uuid";
import { auth } from "./auth";
import type { SessionCaller } from "./user-sessions";
import { needsSecondFactor } from "./roles";
import { findSessionUser, type CurrentUser } from "./users";

/** The caller and the session row their cookie names, checked against the database once per request. */
export const getCurrentSession = cache(async (): Promise<SessionCaller | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !isUuid(userId) || !sessionId || !isUuid(sessionId)) return null;
  const user = await findSessionUser({ userId, sessionId, sessionVersion: session.sessionVersion });
  return user ? { user, sessionId } : null;
});

/** The caller, checked against the database once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getCurrentSession())?.user ?? null);

/** Sends a visitor to sign in, then back to `returnTo`. */
export async function requireUser(locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    return redirect({ href: { pathname: "/connexion", query: { callbackUrl: returnTo } }, locale });
  }
  return user;
}

export async function requireRole(roles: readonly Role[], locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!roles.includes(user.role)) forbidden();
  // Staff without the second factor they must have: to the account page, where they enrol.
  if (!roles.includes("member") && needsSecondFactor(user)) return redirect({ href: { pathname: "/compte", query: { notice: "second-factor" } }, locale });
  return user;
}

export { adminRoles, editorRoles } from "./roles";
