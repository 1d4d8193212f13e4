import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import { zonedInputToDate } from "@/lib/time-zone";
import { sealSecret } from "@/server/second-factor/secret-box";
import type { Db } from "../client";
import { demoAccounts } from "../demo-accounts";
import { secondFactors, userOrganisations, users } from "../schema";

/** A demo account joined on that day, and confirmed its address then. */
export const joined = (at: Date) => ({ createdAt: at, emailVerifiedAt: at });

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
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password), ...joined(zonedInputToDate(account.since)!) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    added += inserted.length;
    // Enrolled from the start, so that the demo staff reach the admin when STAFF_MFA=required.
    const [created] = inserted;
    if (created && account.totpSecret) {
      await db.insert(secondFactors).values({ userId: created.id, secretEncrypted: sealSecret(account.totpSecret, created.id), confirmedAt: new Date() });
    }
    if (created && account.organisations?.length) {
      await db.insert(userOrganisations).values(account.organisations.map((organisation) => ({ userId: created.id, organisation }))).onConflictDoNothing();
    }
  }
  return added;
}
