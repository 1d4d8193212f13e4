import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/password";
import type { Locale } from "@/i18n/routing";
import type { SignUpInput } from "@/lib/validation/auth";

const byEmail = (email: string) => sql`lower(${users.email}) = ${email.toLowerCase()}`;

export async function registerMember(input: SignUpInput & { preferredLocale: Locale }): Promise<{ ok: true; id: string } | { ok: false; reason: "emailTaken" }> {
  const db = getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(byEmail(input.email));
  if (existing) return { ok: false, reason: "emailTaken" };
  // The unique index on lower(email) settles two sign-ups racing for one address.
  const [created] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, preferredLocale: input.preferredLocale, passwordHash: await hashPassword(input.password), role: "member" })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return created ? { ok: true, id: created.id } : { ok: false, reason: "emailTaken" };
}

export type CredentialsResult = { status: "ok"; user: User } | { status: "invalid" } | { status: "banned" };

export async function checkCredentials(email: string, password: string): Promise<CredentialsResult> {
  const [user] = await getDb().select().from(users).where(byEmail(email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) return { status: "invalid" };
  if (user.bannedAt) return { status: "banned" };
  return { status: "ok", user };
}

export type CurrentUser = Pick<User, "id" | "name" | "email" | "role" | "preferredLocale" | "createdAt">;

/** The signed-in user as the database knows them now, or null if the session was ended. */
export async function findSessionUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
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
  if (!row || row.bannedAt || row.sessionVersion !== sessionVersion) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, preferredLocale: row.preferredLocale, createdAt: row.createdAt };
}
