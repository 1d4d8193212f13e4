import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { secondFactors, users, userSessions, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/lib/password";
import type { Locale } from "@/i18n/routing";
import { clearAttempts, refundAttempt, takeAttempt, throttleRules, type ThrottleSubject } from "./throttle";
import { oncePerRequest } from "./request-memo";
import { LAST_SEEN_STEP_MS, touchSession } from "./user-sessions";

/** Where a request comes from, for the throttle. */
export type RequestContext = { address: string };

export const byEmail = (email: string) => sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;

export function signInSubjects(email: string, address: string): ThrottleSubject[] {
  return [
    { rule: throttleRules.signInAccount, value: email.trim().toLowerCase() },
    { rule: throttleRules.signInAddress, value: address },
  ];
}

/** After a right password: the account's failures are forgotten, and the address gets its attempt back. */
export async function settleSignIn([account, address]: ThrottleSubject[]): Promise<void> {
  await Promise.all([clearAttempts([account]), refundAttempt([address])]);
}

export type CredentialsResult = { status: "ok"; user: User } | { status: "invalid" } | { status: "banned"; reason: string | null } | { status: "throttled" };

/**
 * Checks a sign-in. Every attempt is counted before the password is hashed;
 * past the limit for the account or the address, even the right password is
 * refused until the block ends. A success clears the account's count and
 * gives the address its attempt back.
 */
export async function checkCredentials(email: string, password: string, context: RequestContext): Promise<CredentialsResult> {
  const subjects = signInSubjects(email, context.address);
  if (!(await takeAttempt(subjects))) return { status: "throttled" };
  const [user] = await getDb().select().from(users).where(byEmail(email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) return { status: "invalid" };
  // Only after the right password: the reason is the member's to read, nobody else's.
  if (user.bannedAt) return { status: "banned", reason: user.banReason };
  await settleSignIn(subjects);
  return { status: "ok", user };
}

// `secondFactor`: a confirmed authenticator (server/roles.ts: staff rights may need one); absent means none.
// `emailVerified`: whether the address was confirmed when the session row was read (pages show it; what needs
// a confirmed address checks again in its own transaction, server/verification.ts).
export type CurrentUser = Pick<User, "id" | "name" | "email" | "role" | "preferredLocale" | "createdAt"> & { secondFactor?: boolean; emailVerified: boolean };

/** What a session cookie claims: whose it is, which row it is, the session version it was issued with. */
export type SessionRef = { userId: string; sessionId: string; sessionVersion: number };

// Read once per request (the Auth.js callback and getCurrentUser both ask, in pages, route handlers and
// server actions alike): the session row and its user in one query, by the row's primary key.
const readSessionRow = (userId: string, sessionId: string) => oncePerRequest(`session-row:${userId}:${sessionId}`, () => selectSessionRow(userId, sessionId));

async function selectSessionRow(userId: string, sessionId: string) {
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
      lastSeenAt: userSessions.lastSeenAt,
      emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
      secondFactor: sql<boolean>`exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.confirmedAt} is not null)`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)));
  return row;
}

/**
 * The signed-in user as the database knows them now, or null if the session
 * was ended: its row deleted (sign-out, "sign out everywhere else"), the
 * session version moved on (password, role) or the user banned.
 */
export async function findSessionUser(ref: SessionRef): Promise<CurrentUser | null> {
  const row = await readSessionRow(ref.userId, ref.sessionId);
  if (!row || row.bannedAt || row.sessionVersion !== ref.sessionVersion) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_STEP_MS) {
    // The cached row is marked too, so the second ask of this request writes nothing.
    row.lastSeenAt = new Date();
    await touchSession(ref.sessionId);
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    preferredLocale: row.preferredLocale,
    createdAt: row.createdAt,
    secondFactor: row.secondFactor,
    emailVerified: row.emailVerified,
  };
}

/** The preferred language of an account, to set the language cookie after signing in. */
export async function preferredLocaleOf(email: string): Promise<Locale | undefined> {
  const [row] = await getDb().select({ locale: users.preferredLocale }).from(users).where(byEmail(email));
  return row?.locale;
}
