import "server-only";
import { eq, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/lib/password";
import type { Locale } from "@/i18n/routing";
import { clearAttempts, takeAttempt, throttleRules, type ThrottleSubject } from "./throttle";

/** Where a request comes from, for the throttle. */
export type RequestContext = { address: string };

export const byEmail = (email: string) => sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;

export function signInSubjects(email: string, address: string): ThrottleSubject[] {
  return [
    { rule: throttleRules.signInAccount, value: email.trim().toLowerCase() },
    { rule: throttleRules.signInAddress, value: address },
  ];
}

export type CredentialsResult = { status: "ok"; user: User } | { status: "invalid" } | { status: "banned" } | { status: "throttled" };

/**
 * Checks a sign-in. Every attempt is counted before the password is hashed;
 * past the limit for the account or the address, even the right password is
 * refused until the block ends. A success clears the account's count.
 */
export async function checkCredentials(email: string, password: string, context: RequestContext): Promise<CredentialsResult> {
  const subjects = signInSubjects(email, context.address);
  if (!(await takeAttempt(subjects))) return { status: "throttled" };
  const [user] = await getDb().select().from(users).where(byEmail(email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) return { status: "invalid" };
  if (user.bannedAt) return { status: "banned" };
  await clearAttempts(subjects.slice(0, 1));
  return { status: "ok", user };
}

export type CurrentUser = Pick<User, "id" | "name" | "email" | "role" | "preferredLocale" | "createdAt">;

// Read once per request: the Auth.js callback and getCurrentUser both ask.
const readSessionRow = cache(async (id: string) => {
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      preferredLocale: users.preferredLocale,
      createdAt: users.createdAt,
      sessionVersion: users.sessionVersion,
      bannedAt: users.bannedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
});

/** The signed-in user as the database knows them now, or null if the session was ended. */
export async function findSessionUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
  const row = await readSessionRow(id);
  if (!row || row.bannedAt || row.sessionVersion !== sessionVersion) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, preferredLocale: row.preferredLocale, createdAt: row.createdAt };
}

/** The preferred language of an account, to set the language cookie after signing in. */
export async function preferredLocaleOf(email: string): Promise<Locale | undefined> {
  const [row] = await getDb().select({ locale: users.preferredLocale }).from(users).where(byEmail(email));
  return row?.locale;
}
