import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users, type Role } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { hashPassword } from "@/lib/password";
import type { CurrentUser } from "@/server/users";

export const PASSWORD = "mot-de-passe-de-test";

/** A user straight in the table, and the caller object the data access layer takes. */
export async function createUser(
  database: Database,
  options: { role?: Role; name?: string; email?: string; preferredLocale?: Locale; password?: string } = {},
): Promise<CurrentUser & { sessionVersion: number }> {
  const [row] = await database.db
    .insert(users)
    .values({
      name: options.name ?? "Test",
      email: options.email ?? `user-${randomUUID()}@example.net`,
      role: options.role ?? "member",
      preferredLocale: options.preferredLocale ?? "fr",
      passwordHash: await hashPassword(options.password ?? PASSWORD),
    })
    .returning();
  return asCaller(row);
}

function asCaller(row: typeof users.$inferSelect): CurrentUser & { sessionVersion: number } {
  const { id, name, email, role, preferredLocale, createdAt, sessionVersion } = row;
  return { id, name, email, role, preferredLocale, createdAt, sessionVersion };
}

/** The caller as the database knows them now (after a change of role, say). */
export async function reload(database: Database, id: string): Promise<CurrentUser & { sessionVersion: number }> {
  const [row] = await database.db.select().from(users).where(eq(users.id, id));
  return asCaller(row);
}
