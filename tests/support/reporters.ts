import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users, type Role } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { createUser } from "./users";

/**
 * A user whose address is confirmed (or not) and whose account is `ageDays`
 * old: only confirmed accounts older than a day may report an idea.
 */
export async function createReporter(
  database: Database,
  options: { confirmed?: boolean; ageDays?: number; role?: Role; preferredLocale?: Locale } = {},
) {
  const user = await createUser(database, { role: options.role, preferredLocale: options.preferredLocale });
  const age = `${options.ageDays ?? 2} days`;
  const [row] = await database.db
    .update(users)
    .set({
      createdAt: sql`now() - ${age}::interval`,
      emailVerifiedAt: options.confirmed === false ? null : sql`now() - ${age}::interval`,
    })
    .where(eq(users.id, user.id))
    .returning({ createdAt: users.createdAt });
  return { ...user, createdAt: row.createdAt };
}
