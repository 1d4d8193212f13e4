import { desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, userSessions } from "@/db/schema";
import { deleteOwnAccount } from "@/server/account-data";
import { requestPasswordReset, resetPassword } from "@/server/password-reset";
import { changeEmail, changePassword } from "@/server/profile";
import { changeUserRole, setUserBanned } from "@/server/user-admin";
import { findSessionUser } from "@/server/users";
import { confirmEmailLink } from "@/server/verification";
import { describeOnDatabases } from "../support/databases";
import { sessionOf } from "../support/sessions";
import { createUser, PASSWORD, reload } from "../support/users";

const here = { address: "203.0.113.5" };

// A session cookie names its row and carries the session version it was issued with; these are the changes that must end it.
describeOnDatabases("ending sessions", (database) => {
  const rowsOf = (userId: string) => database().db.select().from(userSessions).where(eq(userSessions.userId, userId));

  it("a password change ends the sessions issued before it", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member);
    expect(await findSessionUser(session)).not.toBeNull();
    expect(await changePassword(member, { currentPassword: "not it", newPassword: "nouveau-mot-de-passe" }, here)).toEqual({ ok: false, reason: "wrongPassword" });
    expect(await findSessionUser(session)).not.toBeNull();
    expect(await changePassword(member, { currentPassword: PASSWORD, newPassword: "nouveau-mot-de-passe" }, here)).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
    expect(await rowsOf(member.id)).toEqual([]);
    expect(await findSessionUser(await sessionOf(await reload(database(), member.id)))).not.toBeNull();
  });

  it("a password reset ends them too", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member);
    await requestPasswordReset(member.email, here);
    const [mail] = await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, member.email)).orderBy(desc(mailOutbox.createdAt));
    const token = /\/reinitialiser\/([\w-]+)/.exec(mail.body)?.[1];
    expect(await resetPassword(token!, "un-autre-mot-de-passe")).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
    expect(await rowsOf(member.id)).toEqual([]);
  });

  it("a ban ends them, and the session does not come back with the unban", async () => {
    const admin = await createUser(database(), { role: "admin" });
    const member = await createUser(database());
    const session = await sessionOf(member);
    expect(await setUserBanned(admin, member.id, true)).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
    expect(await rowsOf(member.id)).toEqual([]);
    expect(await setUserBanned(admin, member.id, false)).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
  });

  it("a change of role ends them, so that the old role's token is of no use", async () => {
    const admin = await createUser(database(), { role: "admin" });
    const editor = await createUser(database(), { role: "editor" });
    const session = await sessionOf(editor);
    expect(await changeUserRole(admin, editor.id, "member")).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
    const now = await reload(database(), editor.id);
    expect(await findSessionUser(await sessionOf(now))).toMatchObject({ role: "member" });
  });

  it("the deletion of the account ends them", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member);
    expect(await deleteOwnAccount(member, PASSWORD, here)).toEqual({ ok: true });
    expect(await findSessionUser(session)).toBeNull();
    expect(await rowsOf(member.id)).toEqual([]);
  });

  it("a change of email keeps the session, and the new address is unique whatever its case", async () => {
    const member = await createUser(database());
    const session = await sessionOf(member);
    const other = await createUser(database(), { email: "Taken.Address@example.net" });
    const confirmLinkTo = async (to: string) => {
      const [mail] = await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt));
      return /\/confirmer\/([\w-]+)/.exec(mail?.body ?? "")?.[1];
    };
    // A taken address gets the same answer, and no confirmation link: nothing can change.
    expect(await changeEmail(member, { email: "taken.address@EXAMPLE.net", currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    expect(await confirmLinkTo("taken.address@EXAMPLE.net")).toBeUndefined();
    expect(await changeEmail(member, { email: "free@example.net", currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    expect(await confirmEmailLink((await confirmLinkTo("free@example.net"))!)).toMatchObject({ ok: true });
    expect(await findSessionUser(session)).toMatchObject({ email: "free@example.net" });
    expect(await changeEmail(other, { email: "FREE@example.net", currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    expect(await confirmLinkTo("FREE@example.net")).toBeUndefined();
  });
});
