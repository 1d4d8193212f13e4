import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";
import { isUuid } from "@/lib/uuid";
import type { SessionCaller } from "./user-sessions";
import { needsSecondFactor } from "./roles";
import { findSessionUser, type CurrentUser } from "./users";

/**
 * The token the request's session cookie carries, decrypted with the key
 * Auth.js sealed it with; null without one, or for one that was altered or
 * has expired. Auth.js's own `auth()` does the same and then seals a renewed
 * token, which a page, an action or a route handler cannot send back (it
 * sets no cookie): a third of what /api/reader cost (docs/performance.md).
 * Whether the token still stands for a live session is the database's to say
 * (below), as it was with `auth()`.
 */
async function sessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    const token = jar.get(name)?.value ?? chunks.map((cookie) => cookie.value).join("");
    if (!token) continue;
    return decodeOnce(token, name);
  }
  return null;
}

// Tokens opened lately: a member's browser sends the same one with every page and /api/reader call, and opening
// it (a key derived, AES, HMAC) cost more than the database's check of it. Only a token that opened is kept,
// under its whole text; its expiry is checked again at every use.
const opened = new Map<string, JWT>();
const OPENED_MAX = 1_000;

async function decodeOnce(token: string, name: string): Promise<JWT | null> {
  const key = `${name}=${token}`;
  const known = opened.get(key);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  opened.delete(key);
  const claims = await decode({ token, secret: env().AUTH_SECRET ?? "", salt: name }).catch(() => null);
  if (claims) {
    opened.set(key, claims);
    // A Map keeps insertion order: the first key is the oldest.
    if (opened.size > OPENED_MAX) opened.delete(opened.keys().next().value!);
  }
  return claims;
}

/** The caller and the session row their cookie names, checked against the database once per request. */
export const getCurrentSession = cache(async (): Promise<SessionCaller | null> => {
  const token = await sessionToken();
  const { sub: userId, sid: sessionId, sv: sessionVersion } = token ?? {};
  if (!userId || !isUuid(userId) || !sessionId || !isUuid(sessionId) || typeof sessionVersion !== "number") return null;
  const user = await findSessionUser({ userId, sessionId, sessionVersion });
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
