import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisations as allOrganisations, userOrganisations, users, type Organisation, type Role } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { hashPassword } from "@/lib/password";
import type { CurrentUser } from "@/server/users";

export const PASSWORD = "mot-de-passe-de-test";

// Hashing is slow on purpose; every user with the shared password shares one hash.
let sharedHash: Promise<string> | undefined;

/**
 * A user straight in the table, and the caller object the data access layer
 * takes. Name and email are unique unless given; everyone can sign in with
 * PASSWORD unless given another. Their address is confirmed unless
 * `verified: false` (a member fresh from the sign-up form). An editor speaks
 * for the three organisations unless `organisations` names theirs.
 */
export async function createUser(
  database: Database,
  options: { role?: Role; name?: string; email?: string; preferredLocale?: Locale; password?: string; verified?: boolean; organisations?: Organisation[] } = {},
): Promise<CurrentUser & { sessionVersion: number }> {
  const role = options.role ?? "member";
  const tag = randomBytes(5).toString("hex");
  const passwordHash = options.password ? await hashPassword(options.password) : await (sharedHash ??= hashPassword(PASSWORD));
  const [row] = await database.db
    .insert(users)
    .values({
      name: options.name ?? `${role} ${tag}`,
      email: options.email ?? `${role}-${tag}@example.net`,
      role,
      preferredLocale: options.preferredLocale ?? "fr",
      passwordHash,
      emailVerifiedAt: options.verified === false ? null : new Date(),
    })
    .returning();
  const memberships = role === "editor" ? (options.organisations ?? allOrganisations) : (options.organisations ?? []);
  if (memberships.length) await database.db.insert(userOrganisations).values(memberships.map((organisation) => ({ userId: row.id, organisation })));
  return asCaller(row);
}

/** A member, an editor and an admin. */
export async function createPeople(database: Database): Promise<Record<Role, CurrentUser>> {
  const [member, editor, admin] = await Promise.all((["member", "editor", "admin"] as const).map((role) => createUser(database, { role })));
  return { member, editor, admin };
}

function asCaller(row: typeof users.$inferSelect): CurrentUser & { sessionVersion: number } {
  const { id, name, email, role, preferredLocale, createdAt, sessionVersion } = row;
  return { id, name, email, role, preferredLocale, createdAt, sessionVersion, emailVerified: row.emailVerifiedAt !== null };
}

/** The caller as the database knows them now (after a change of role, say). */
export async function reload(database: Database, id: string): Promise<CurrentUser & { sessionVersion: number }> {
  const [row] = await database.db.select().from(users).where(eq(users.id, id));
  return asCaller(row);
}
