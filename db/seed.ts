import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import type { Db } from "./client";
import { demoAccounts } from "./demo-accounts";
import { users } from "./schema";

/** Fills the demo content. Idempotent: a second run adds nothing twice. */
export async function seedDatabase(db: Db): Promise<{ usersAdded: number }> {
  let usersAdded = 0;
  for (const account of demoAccounts) {
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${account.email.toLowerCase()}`);
    if (existing) continue;
    const inserted = await db
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    usersAdded += inserted.length;
  }
  return { usersAdded };
}
