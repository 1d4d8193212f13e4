import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/demo-accounts";
import { signUpMember } from "@/server/sign-up";
import { checkCredentials, findSessionUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { sessionOf } from "../support/sessions";

const here = { address: "192.0.2.10" };

describeOnDatabases("members", (database) => {
  it("signs a member up unconfirmed with a hashed password; the same email in another case gets the same answer and no second account", async () => {
    const created = await signUpMember({ name: "Nigar", email: "nigar@example.net", password: "şifrə-uzun-123", preferredLocale: "az" }, here);
    expect(created).toEqual({ ok: true });
    const [row] = await database().db.select().from(users).where(eq(users.email, "nigar@example.net"));
    expect(row.role).toBe("member");
    expect(row.preferredLocale).toBe("az");
    expect(row.emailVerifiedAt).toBeNull();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("şifrə");

    const again = await signUpMember({ name: "Other", email: "Nigar@Example.NET", password: "another-password", preferredLocale: "fr" }, here);
    expect(again).toEqual({ ok: true });
    expect(await database().db.select().from(users).where(sql`lower(${users.email}) = 'nigar@example.net'`)).toHaveLength(1);
    // The owner is told, in their language; the password of the first sign-up stands.
    const mails = await database().db.select().from(mailOutbox).where(eq(mailOutbox.userId, row.id)).orderBy(mailOutbox.createdAt);
    expect(mails.map((mail) => mail.subject)).toEqual(["E-poçt ünvanınızı təsdiqləyin", "Kimsə sizin ünvanınızla hesab yaratmaq istəyib"]);
    expect((await checkCredentials("nigar@example.net", "şifrə-uzun-123", here)).status).toBe("ok");
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
    await signUpMember({ name: "Elvin", email: "elvin@example.net", password: "password-1234", preferredLocale: "fr" }, here);
    const [created] = await database().db.select().from(users).where(eq(users.email, "elvin@example.net"));
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
    // Demo accounts are confirmed: the README's member can submit an idea at once.
    const rows = await database().db.select().from(users).where(inArray(users.email, emails));
    expect(rows.every((row) => row.emailVerifiedAt !== null)).toBe(true);
    const admin = demoAccounts.find((a) => a.role === "admin")!;
    expect((await checkCredentials(admin.email, admin.password, here)).status).toBe("ok");
  });
});
