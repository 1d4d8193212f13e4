import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { articles, articleTranslations, auditLog, eventRegistrations, ideas, ideaSupports, mailOutbox, passwordResetTokens, users } from "@/db/schema";
import { deleteOwnAccount } from "@/server/account-data";
import { cancelRegistration, registerForEvent } from "@/server/agenda/registrations";
import { moderateIdea } from "@/server/ideas/moderation";
import { toggleSupport } from "@/server/ideas/support";
import { createArticle } from "@/server/news/mutations";
import { requestPasswordReset, resetPassword } from "@/server/password-reset";
import { changeEmail, changePassword } from "@/server/profile";
import { changeUserRole } from "@/server/user-admin";
import { checkCredentials } from "@/server/users";
import { makeEvent } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { articleInput } from "../support/news";
import { createUser, PASSWORD } from "../support/users";

// Every write of several statements runs in one transaction: a failure in the
// middle (here a trigger that raises on one of the later statements) leaves
// no part of it behind.

const here = { address: "198.51.100.23" };

describeOnDatabases("multi-step writes are all or nothing", (database) => {
  const db = () => database().db;

  /** Runs `write` with a trigger that makes the matching statement fail, then removes the trigger. */
  async function failing<T>(table: string, event: "insert" | "update" | "delete", when: string, write: () => Promise<T>): Promise<void> {
    const name = `forced_failure_${randomBytes(4).toString("hex")}`;
    await db().execute(sql.raw(`create or replace function ${name}() returns trigger language plpgsql as $$ begin raise exception 'forced failure'; end $$`));
    await db().execute(sql.raw(`create trigger ${name} before ${event} on ${table} for each row when (${when}) execute function ${name}()`));
    try {
      await expect(write()).rejects.toThrow();
    } finally {
      await db().execute(sql.raw(`drop trigger ${name} on ${table}`));
      await db().execute(sql.raw(`drop function ${name}()`));
    }
  }
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const auditFor = (targetId: string) => db().select().from(auditLog).where(eq(auditLog.targetId, targetId));
  const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email));
  // Besides the mail that put them on the waiting list.
  const promotionsTo = (email: string) => db().select().from(mailOutbox).where(and(eq(mailOutbox.to, email), eq(mailOutbox.kind, "event.promoted")));

  it("approving an idea: no publication without its audit entry and its mail", async () => {
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id);

    await failing("audit_log", "insert", `new.action = 'idea.approve' and new.target_id = ${quote(String(idea.id))}`, () =>
      moderateIdea(editor, { id: idea.id, version: 1, decision: "approve" }),
    );
    const [row] = await db().select().from(ideas).where(eq(ideas.id, idea.id));
    expect(row).toMatchObject({ status: "pending", version: 1, publishedAt: null });
    expect(await mailsTo(author.email)).toEqual([]);

    // The same decision goes through once the failure is gone.
    expect(await moderateIdea(editor, { id: idea.id, version: 1, decision: "approve" })).toEqual({ ok: true, action: "approve" });
    expect(await auditFor(String(idea.id))).toHaveLength(1);
  });

  it("a cancellation that frees a place: the waiting member is promoted and mailed, or nothing happens", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const eventId = await makeEvent(editor, { capacity: 1 });
    const first = await createUser(database());
    const waiting = await createUser(database());
    expect(await registerForEvent(first, eventId)).toMatchObject({ ok: true, status: "registered" });
    expect(await registerForEvent(waiting, eventId)).toMatchObject({ ok: true, status: "waitlisted", place: 1 });

    await failing("mail_outbox", "insert", `new."to" = ${quote(waiting.email)}`, () => cancelRegistration(first, eventId));
    const rows = await db().select({ userId: eventRegistrations.userId, status: eventRegistrations.status }).from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(rows.sort((a, b) => (a.userId === first.id ? -1 : b.userId === first.id ? 1 : 0))).toEqual([
      { userId: first.id, status: "registered" },
      { userId: waiting.id, status: "waitlisted" },
    ]);
    const actions = (await auditFor(eventId)).map((entry) => entry.action).sort();
    expect(actions).toEqual(["event.create", "event.register", "event.register"]);

    expect(await cancelRegistration(first, eventId)).toEqual({ ok: true, promoted: 1 });
    expect(await promotionsTo(waiting.email)).toHaveLength(1);
  });

  it("a registration is not kept without its audit entry", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const eventId = await makeEvent(editor, { capacity: 5 });
    const member = await createUser(database());
    await failing("audit_log", "insert", `new.action = 'event.register' and new.actor_id = ${quote(member.id)}`, () => registerForEvent(member, eventId));
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.userId, member.id))).toEqual([]);
  });

  it("deleting an account: when the last step fails, the member, their places, supports and the waiting list are as they were", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const eventId = await makeEvent(editor, { capacity: 1 });
    const leaving = await createUser(database());
    const waiting = await createUser(database());
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published", publishedAt: new Date() });
    await registerForEvent(leaving, eventId);
    await registerForEvent(waiting, eventId);
    expect(await toggleSupport(leaving, idea.id)).toMatchObject({ ok: true });
    const supportsBefore = (await db().select().from(ideas).where(eq(ideas.id, idea.id)))[0].supportCount;

    await failing("users", "delete", `old.id = ${quote(leaving.id)}`, () => deleteOwnAccount(leaving, PASSWORD, here));
    expect(await db().select({ id: users.id }).from(users).where(eq(users.id, leaving.id))).toHaveLength(1);
    const places = await db().select({ userId: eventRegistrations.userId, status: eventRegistrations.status }).from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(places).toContainEqual({ userId: leaving.id, status: "registered" });
    expect(places).toContainEqual({ userId: waiting.id, status: "waitlisted" });
    expect(await db().select().from(ideaSupports).where(eq(ideaSupports.userId, leaving.id))).toHaveLength(1);
    expect((await db().select().from(ideas).where(eq(ideas.id, idea.id)))[0].supportCount).toBe(supportsBefore);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, "user.delete"), eq(auditLog.targetId, leaving.id)))).toEqual([]);
    expect(await promotionsTo(waiting.email)).toEqual([]);
    expect((await checkCredentials(leaving.email, PASSWORD, here)).status).toBe("ok");
  });

  it("changing one's email or password: no change without its audit entry and the warning mail", async () => {
    const member = await createUser(database());
    const newEmail = `nouvelle-${randomBytes(4).toString("hex")}@example.net`;
    await failing("mail_outbox", "insert", `new."to" = ${quote(member.email)}`, () => changeEmail(member, { email: newEmail, currentPassword: PASSWORD }, here));
    expect((await db().select({ email: users.email }).from(users).where(eq(users.id, member.id)))[0].email).toBe(member.email);
    expect(await auditFor(member.id)).toEqual([]);

    await failing("mail_outbox", "insert", `new."to" = ${quote(member.email)}`, () =>
      changePassword(member, { currentPassword: PASSWORD, newPassword: "un-autre-mot-de-passe" }, here),
    );
    expect((await checkCredentials(member.email, PASSWORD, here)).status).toBe("ok");
    expect((await db().select({ v: users.sessionVersion }).from(users).where(eq(users.id, member.id)))[0].v).toBe(member.sessionVersion);
    expect(await auditFor(member.id)).toEqual([]);
  });

  it("a password reset: the link stays usable and the password unchanged when the audit entry fails", async () => {
    const member = await createUser(database());
    await failing("mail_outbox", "insert", `new."to" = ${quote(member.email)}`, () => requestPasswordReset(member.email, here));
    expect(await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, member.id))).toEqual([]);

    await requestPasswordReset(member.email, here);
    const [mail] = await mailsTo(member.email);
    const token = /\/(?:reinitialiser|berpa)\/([\w-]+)/.exec(mail.body)?.[1] ?? "";
    await failing("audit_log", "insert", `new.action = 'user.password_reset' and new.target_id = ${quote(member.id)}`, () => resetPassword(token, "tout-nouveau-mot-de-passe"));
    expect((await checkCredentials(member.email, PASSWORD, here)).status).toBe("ok");
    const [stored] = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, member.id));
    expect(stored.usedAt).toBeNull();
    expect(await resetPassword(token, "tout-nouveau-mot-de-passe")).toEqual({ ok: true });
  });

  it("an article is not created without its audit entry; a role not changed without its own", async () => {
    const editor = await createUser(database(), { role: "editor" });
    const title = `Article transactionnel ${randomBytes(4).toString("hex")}`;
    await failing("audit_log", "insert", `new.action = 'article.create' and new.actor_id = ${quote(editor.id)}`, () => createArticle(editor, articleInput({ fr: { title } })));
    expect(await db().select().from(articleTranslations).where(eq(articleTranslations.title, title))).toEqual([]);
    expect(await db().select().from(articles).where(eq(articles.createdBy, editor.id))).toEqual([]);

    const admin = await createUser(database(), { role: "admin" });
    const member = await createUser(database());
    await failing("audit_log", "insert", `new.action = 'user.role_change' and new.target_id = ${quote(member.id)}`, () => changeUserRole(admin, member.id, "editor"));
    expect((await db().select({ role: users.role }).from(users).where(eq(users.id, member.id)))[0].role).toBe("member");
  });
});
