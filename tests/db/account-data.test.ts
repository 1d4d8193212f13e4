import { eq, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import * as schema from "@/db/schema";
import { auditLog, mailOutbox, passwordResetTokens, users, userSessions } from "@/db/schema";
import { deleteOwnAccount, exportAccountData } from "@/server/account-data";
import { accountDataRules } from "@/server/account-data/registry";
import { requestPasswordReset } from "@/server/password-reset";
import { setUserBanned } from "@/server/user-admin";
import { checkCredentials, findSessionUser } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { eventRegistrations, ideas } from "@/db/schema";
import { registerForEvent } from "@/server/agenda/registrations";
import { toggleSupport } from "@/server/ideas/support";
import { makeEvent } from "../support/agenda";
import { createIdea } from "../support/ideas";
import { sessionOf } from "../support/sessions";
import { createUser, PASSWORD, reload } from "../support/users";

const here = { address: "198.51.100.7" };

/** Every table of the schema with the columns that point at users.id. */
function tablesReferencingUsers(): { table: PgTable; name: string; columns: string[] }[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => {
      const config = getTableConfig(table);
      const columns = config.foreignKeys
        .map((fk) => fk.reference())
        .filter((reference) => getTableConfig(reference.foreignTable).name === "users")
        .flatMap((reference) => reference.columns.map((column) => column.name));
      return { table, name: config.name, columns };
    })
    .filter((entry) => entry.columns.length > 0);
}

it("has an export and erase rule for the users table and for every table that references it", () => {
  const found = tablesReferencingUsers();
  // The schema as it stands has at least these; a pillar's new table joins the list by itself.
  expect(found.map((entry) => entry.name)).toEqual(expect.arrayContaining(["audit_log", "password_reset_tokens"]));
  const covered = new Set(accountDataRules.map((rule) => rule.table));
  const missing = [users, ...found.map((entry) => entry.table)].filter((table) => !covered.has(table)).map((table) => getTableConfig(table).name);
  expect(missing, "tables referencing users with no rule in server/account-data/registry.ts").toEqual([]);
});

it("gives each table one rule and each section one name", () => {
  const tables = accountDataRules.map((rule) => rule.table);
  const sections = accountDataRules.map((rule) => rule.section);
  expect(new Set(tables).size).toBe(tables.length);
  expect(new Set(sections).size).toBe(sections.length);
});

describeOnDatabases("my data", (database) => {
  const reloadCaller = (id: string) => reload(database(), id);
  it("exports what the portal holds about the member, and no secret", async () => {
    const member = await createUser(database(), { name: "Aysel Quliyeva", preferredLocale: "az" });
    const admin = await createUser(database(), { role: "admin" });
    await requestPasswordReset(member.email, here);
    await setUserBanned(admin, member.id, true);
    await setUserBanned(admin, member.id, false);

    const data = await exportAccountData(member);
    expect(data).toMatchObject({
      profile: { id: member.id, name: "Aysel Quliyeva", email: member.email, role: "member", preferredLocale: "az" },
      passwordResetLinks: [{ usedAt: null }],
      mail: [{ to: member.email, subject: "Yeni şifrə seçin" }],
    });
    // The mail is there, its live link is not: only the mailbox holds it.
    expect((data?.mail as { body: string }[])[0].body).toMatch(/\/az\/berpa\/••••••••/);
    expect(JSON.stringify(data)).not.toMatch(/\/az\/berpa\/[\w-]{20,}/);
    expect((data?.auditLog as { action: string }[]).map((entry) => entry.action)).toEqual(["user.ban", "user.unban"]);
    const text = JSON.stringify(data);
    expect(text).not.toContain("argon2");
    expect(text).not.toMatch(/tokenHash|passwordHash|sessionVersion/);
    expect(await exportAccountData(null)).toBeNull();
  });

  it("exports the member's mail by user id: mail that went to their address before it was theirs stays out", async () => {
    const earlier = await createUser(database());
    const address = earlier.email;
    await requestPasswordReset(address, here);
    // The address passes to another account (as if the first had moved on and the second confirmed it).
    await database().db.update(users).set({ email: `ailleurs-${earlier.id.slice(0, 8)}@example.net` }).where(eq(users.id, earlier.id));
    const later = await createUser(database(), { email: address });
    const data = await exportAccountData(later);
    expect(data?.mail).toEqual([]);
    expect((await exportAccountData(await reloadCaller(earlier.id)))?.mail).toMatchObject([{ to: address, subject: "Choisir un nouveau mot de passe" }]);
  });

  it("deletes the account: rows that point at the member are gone, the audit log keeps its rows, the sessions end", async () => {
    const member = await createUser(database());
    const admin = await createUser(database(), { role: "admin" });
    await requestPasswordReset(member.email, here);
    await setUserBanned(admin, member.id, true);
    await setUserBanned(admin, member.id, false);
    const session = await sessionOf(await reload(database(), member.id));
    const [{ before }] = await database().db.select({ before: sql<number>`count(*)::int` }).from(auditLog);

    expect(await deleteOwnAccount(member, "wrong password", here)).toEqual({ ok: false, reason: "wrongPassword" });
    expect(await deleteOwnAccount(member, PASSWORD, here)).toEqual({ ok: true });

    for (const { table, name, columns } of tablesReferencingUsers()) {
      for (const column of columns) {
        const [{ left }] = await database().db.select({ left: sql<number>`count(*)::int` }).from(table).where(sql`${sql.identifier(column)} = ${member.id}`);
        expect(left, `${name}.${column} still points at the deleted member`).toBe(0);
      }
    }
    expect(await database().db.select().from(users).where(eq(users.id, member.id))).toEqual([]);
    expect(await database().db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, member.id))).toEqual([]);
    expect(await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, member.email))).toEqual([]);
    expect(await database().db.select().from(mailOutbox).where(eq(mailOutbox.userId, member.id))).toEqual([]);
    const [{ after }] = await database().db.select({ after: sql<number>`count(*)::int` }).from(auditLog);
    expect(after).toBe(before + 1);
    const [deletion] = await database().db.select().from(auditLog).where(eq(auditLog.action, "user.delete"));
    expect(deletion).toMatchObject({ actorId: null, targetId: member.id });
    expect(JSON.stringify(deletion)).not.toContain(member.email);

    expect(await findSessionUser(session)).toBeNull();
    expect((await database().db.select().from(userSessions).where(eq(userSessions.userId, member.id)))).toEqual([]);
    expect((await checkCredentials(member.email, PASSWORD, here)).status).toBe("invalid");
  });

  it("keeps the last admin from deleting their account", async () => {
    await database().db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
    const admin = await createUser(database(), { role: "admin" });
    expect(await deleteOwnAccount(admin, PASSWORD, here)).toEqual({ ok: false, reason: "lastAdmin" });
    const other = await createUser(database(), { role: "admin" });
    expect(await deleteOwnAccount(admin, PASSWORD, here)).toEqual({ ok: true });
    expect(await findSessionUser(await sessionOf(other))).not.toBeNull();
  });

  it("keeps a deleted member's ideas as anonymous, takes back their supports and gives their place to the waiting list", async () => {
    const member = await createUser(database(), { name: "Gülnar" });
    const other = await createUser(database());
    const waiting = await createUser(database(), { preferredLocale: "az" });
    const editor = await createUser(database(), { role: "editor" });

    const own = await createIdea(database(), member.id, { status: "published", showName: true });
    const supported = await createIdea(database(), other.id, { status: "published" });
    expect(await toggleSupport(member, supported.id)).toMatchObject({ ok: true });

    const eventId = await makeEvent(editor, { capacity: 1 });
    expect(await registerForEvent(member, eventId)).toMatchObject({ ok: true, status: "registered" });
    expect(await registerForEvent(waiting, eventId)).toMatchObject({ ok: true, status: "waitlisted" });

    expect(await deleteOwnAccount(member, PASSWORD, here)).toEqual({ ok: true });

    const [kept] = await database().db.select().from(ideas).where(eq(ideas.id, own.id));
    expect(kept).toMatchObject({ authorId: null, showName: false, title: own.title, status: "published" });
    const [count] = await database().db.select({ supportCount: ideas.supportCount }).from(ideas).where(eq(ideas.id, supported.id));
    expect(count.supportCount).toBe(0);
    const [moved] = await database().db.select().from(eventRegistrations).where(eq(eventRegistrations.userId, waiting.id));
    expect(moved.status).toBe("registered");
    const mails = await database().db.select({ kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.to, waiting.email)).orderBy(mailOutbox.createdAt);
    expect(mails.map((mail) => mail.kind)).toEqual(["event.waitlisted", "event.promoted"]);
  });
});
