import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import type { Db } from "../client";
import { demoAccounts } from "../demo-accounts";
import { users } from "../schema";

export async function seedUsers(db: Db): Promise<number> {
  let added = 0;
  for (const account of demoAccounts) {
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${account.email.toLowerCase()}`);
    if (existing) continue;
    const inserted = await db
      .insert(users)
      // The README's demo accounts are usable at once: their addresses count as confirmed.
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password), emailVerifiedAt: new Date() })
      .onConflictDoNothing()
      .returning({ id: users.id });
    added += inserted.length;
  }
  return added;
}
