import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/demo-accounts";
import { checkCredentials, findSessionUser, registerMember } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { sessionOf } from "../support/sessions";

const here = { address: "192.0.2.10" };

describeOnDatabases("members", (database) => {
  it("registers a member with a hashed password and refuses the same email in another case", async () => {
    const created = await registerMember({ name: "Nigar", email: "nigar@example.net", password: "şifrə-uzun-123", preferredLocale: "az" }, here);
    expect(created.ok).toBe(true);
    const [row] = await database().db.select().from(users).where(eq(users.email, "nigar@example.net"));
    expect(row.role).toBe("member");
    expect(row.preferredLocale).toBe("az");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("şifrə");

    const again = await registerMember({ name: "Other", email: "Nigar@Example.NET", password: "another-password", preferredLocale: "fr" }, here);
    expect(again).toEqual({ ok: false, reason: "emailTaken" });
  });

  it("the unique index on lower(email) holds even when the application check is bypassed", async () => {
    await expect(
      database().db.insert(users).values({ name: "Dup", email: "NIGAR@example.net", passwordHash: "x" }),
    ).rejects.toThrow();
  });

  it("checks credentials: right password, wrong password, unknown email, banned account", async () => {
    expect((await checkCredentials("NIGAR@example.net", "şifrə-uzun-123", here)).status).toBe("ok");
    expect((await checkCredentials("nigar@example.net", "wrong-password", here)).status).toBe("invalid");
    expect((await checkCredentials("nobody@example.net", "şifrə-uzun-123", here)).status).toBe("invalid");
    await database().db.update(users).set({ bannedAt: new Date() }).where(eq(users.email, "nigar@example.net"));
    expect((await checkCredentials("nigar@example.net", "şifrə-uzun-123", here)).status).toBe("banned");
  });

  it("a session whose version is behind the user's is treated as signed out", async () => {
    const created = await registerMember({ name: "Elvin", email: "elvin@example.net", password: "password-1234", preferredLocale: "fr" }, here);
    if (!created.ok) throw new Error("not created");
    const session = await sessionOf({ id: created.id, sessionVersion: 1 });
    expect(await findSessionUser(session)).toMatchObject({ name: "Elvin", role: "member" });
    await database().db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, created.id));
    expect(await findSessionUser(session)).toBeNull();
    expect(await findSessionUser({ ...session, sessionVersion: 2 })).toMatchObject({ name: "Elvin" });
  });

  it("seeding twice adds the demo accounts once", async () => {
    const first = await seedDatabase(database().db);
    const second = await seedDatabase(database().db);
    expect(first.users).toBe(demoAccounts.length);
    expect(Object.values(second).every((count) => count === 0)).toBe(true);
    // Other parts of the seed add demo members of their own; the three accounts are there once.
    const emails = demoAccounts.map((a) => a.email);
    const [{ count }] = await database().db.select({ count: sql<number>`count(*)::int` }).from(users).where(inArray(users.email, emails));
    expect(count).toBe(demoAccounts.length);
    const admin = demoAccounts.find((a) => a.role === "admin")!;
    expect((await checkCredentials(admin.email, admin.password, here)).status).toBe("ok");
  });
});
