import { and, desc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, users } from "@/db/schema";
import { MASK } from "@/lib/mail-mask";
import { exportAccountData } from "@/server/account-data";
import { deliverMail, type MailTransport } from "@/server/mail-delivery";
import { listOutbox } from "@/server/outbox";
import { checkResetLink, requestPasswordReset, resetPassword } from "@/server/password-reset";
import { changeEmail } from "@/server/profile";
import { checkCredentials, findSessionUser } from "@/server/users";
import { cancelEmailChange, confirmEmailLink } from "@/server/verification";
import { describeOnDatabases } from "../support/databases";
import { createUser, PASSWORD, reload } from "../support/users";
import { sessionOf } from "../support/sessions";

const here = { address: "203.0.113.14" };
// Any link of the portal that carries a token, whatever its language.
const liveLink = /\/(?:fr|az)\/(?:reinitialiser|berpa|confirmer|tesdiq|annuler-changement|deyisikliyi-legv-et)\/([A-Za-z0-9_-]{20,})/g;
const tokensIn = (text: string) => [...text.matchAll(liveLink)].map((match) => match[1]);

describeOnDatabases("an address that changes hands gives no one else's account", (database) => {
  const db = () => database().db;
  /** The live token of the newest mail to `to` for `userId`, as the mailbox received it (the outbox row before sending). */
  const tokenMailed = async (userId: string, to: string, path: RegExp) => {
    const rows = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.userId, userId), sql`lower(${mailOutbox.to}) = ${to.toLowerCase()}`))
      .orderBy(desc(mailOutbox.createdAt));
    const token = rows.map((row) => path.exec(row.body)?.[1]).find(Boolean);
    if (!token) throw new Error(`no link ${path} mailed to ${to}`);
    return token;
  };

  it("replays the four-step takeover: the attacker ends with no usable reset link and without the victim's old address", async () => {
    const victim = await createUser(database(), { name: "Victime" });
    const attacker = await createUser(database(), { name: "Attaquant" });
    const oldAddress = victim.email;

    // 1. The victim asks for a reset link.
    expect(await requestPasswordReset(oldAddress, here)).toEqual({ ok: true });
    const resetToken = await tokenMailed(victim.id, oldAddress, /\/fr\/reinitialiser\/([\w-]+)/);

    // 2. The victim changes their address: it takes effect once the new address confirms it.
    const newAddress = `nouvelle-${victim.id.slice(0, 8)}@example.net`;
    expect(await changeEmail(victim, { email: newAddress, currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    expect((await reload(database(), victim.id)).email).toBe(oldAddress);
    const confirm = await tokenMailed(victim.id, newAddress, /\/fr\/confirmer\/([\w-]+)/);
    expect(await confirmEmailLink(confirm)).toMatchObject({ ok: true, purpose: "change", email: newAddress });
    expect((await reload(database(), victim.id)).email).toBe(newAddress);
    // A change of address voids the reset links mailed to the old one.
    expect(await checkResetLink(resetToken)).toBe("used");

    // 3. The attacker asks for the victim's old address: the same answer, and nothing changes without that mailbox.
    expect(await changeEmail(attacker, { email: oldAddress.toUpperCase(), currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    expect((await reload(database(), attacker.id)).email).toBe(attacker.email);
    const [{ taken }] = await db().select({ taken: sql<number>`count(*)::int` }).from(users).where(sql`lower(${users.email}) = ${oldAddress.toLowerCase()}`);
    expect(taken).toBe(0);

    // 4. "My data": the attacker's mail only, by user id, with every token masked.
    const data = await exportAccountData(attacker);
    const exported = JSON.stringify(data);
    expect(exported).not.toContain(resetToken);
    expect(tokensIn(exported)).toEqual([]);
    expect(exported).toContain(MASK);
    expect((data!.mail as { subject: string }[]).map((mail) => mail.subject)).not.toContain("Choisir un nouveau mot de passe");

    // The stolen link would not work anyway, and the victim's password stands.
    expect(await resetPassword(resetToken, "le mot de passe de l'attaquant")).toEqual({ ok: false, reason: "used" });
    expect((await checkCredentials(newAddress, PASSWORD, here)).status).toBe("ok");
    expect((await checkCredentials(newAddress, "le mot de passe de l'attaquant", here)).status).toBe("invalid");
  });

  it("the admin's outbox shows no live token, a sent mail keeps only the masked copy, and the export masks too", async () => {
    const member = await createUser(database(), { preferredLocale: "az" });
    const admin = await createUser(database(), { role: "admin" });
    await requestPasswordReset(member.email, here);
    const token = await tokenMailed(member.id, member.email, /\/az\/berpa\/([\w-]+)/);

    const page = await listOutbox(admin, {});
    const shown = page!.items.find((item) => item.to === member.email)!;
    expect(shown.body).toContain(`/az/berpa/${MASK}`);
    expect(JSON.stringify(page)).not.toContain(token);
    expect(tokensIn(JSON.stringify(page))).toEqual([]);
    expect(await listOutbox(member, {})).toBeNull();

    const sent: string[] = [];
    const transport: MailTransport = { sendMail: async (mail) => void sent.push(String(mail.text)) };
    // What the mail queue's job does for each of them (tests/db/mail-delivery.test.ts sends over real SMTP).
    for (const mail of await db().select().from(mailOutbox).where(eq(mailOutbox.userId, member.id))) {
      expect(await deliverMail(mail.id, transport, { retryCount: 0, retryLimit: 5 })).toBe("sent");
    }
    // The recipient got the live link; the stored copy has only the masked one.
    expect(sent.some((text) => text.includes(`/az/berpa/${token}`))).toBe(true);
    const stored = await db().select().from(mailOutbox).where(eq(mailOutbox.userId, member.id));
    expect(stored.every((mail) => mail.sentAt && !mail.body.includes(token))).toBe(true);
    expect(stored.some((mail) => mail.body.includes(`/az/berpa/${MASK}`))).toBe(true);
    expect(tokensIn(JSON.stringify(await exportAccountData(member)))).toEqual([]);
    // The link still works for the one who holds it.
    expect(await checkResetLink(token)).toBe("valid");
  });

  it("an email change waits for the new address; the old one cancels within 7 days, which restores it and ends every session", async () => {
    const member = await createUser(database(), { name: "Aynur" });
    const oldAddress = member.email;
    const newAddress = `aynur-${member.id.slice(0, 8)}@example.net`;
    expect(await changeEmail(member, { email: newAddress, currentPassword: "pas le bon" }, here)).toEqual({ ok: false, reason: "wrongPassword" });
    expect(await changeEmail(member, { email: newAddress, currentPassword: PASSWORD }, here)).toEqual({ ok: true });
    const confirm = await tokenMailed(member.id, newAddress, /\/fr\/confirmer\/([\w-]+)/);
    const cancel = await tokenMailed(member.id, oldAddress, /\/fr\/annuler-changement\/([\w-]+)/);
    const [notice] = await db().select().from(mailOutbox).where(and(eq(mailOutbox.userId, member.id), eq(mailOutbox.to, oldAddress)));
    expect(notice.body).toContain(newAddress);

    // Someone who took the session asks for a reset link meanwhile; the cancel voids it.
    await requestPasswordReset(oldAddress, here);
    const reset = await tokenMailed(member.id, oldAddress, /\/fr\/reinitialiser\/([\w-]+)/);
    expect(await confirmEmailLink(confirm)).toMatchObject({ ok: true, purpose: "change" });
    expect(await confirmEmailLink(confirm)).toEqual({ ok: false, reason: "used" });
    const changed = await reload(database(), member.id);
    expect(changed).toMatchObject({ email: newAddress });
    const session = await sessionOf({ id: member.id, sessionVersion: changed.sessionVersion });
    expect(await findSessionUser(session)).not.toBeNull();

    const eightDays = new Date(Date.now() + 8 * 24 * 3600_000);
    expect(await cancelEmailChange(cancel, eightDays)).toEqual({ ok: false, reason: "expired" });
    expect(await cancelEmailChange(cancel)).toEqual({ ok: true, restored: true, email: oldAddress });
    const restored = await reload(database(), member.id);
    expect(restored.email).toBe(oldAddress);
    expect(await findSessionUser(session)).toBeNull();
    expect(await checkResetLink(reset)).toBe("used");
    expect(await cancelEmailChange(cancel)).toEqual({ ok: false, reason: "used" });
    // A confirmation link is not a cancel link, and the other way round.
    expect(await cancelEmailChange(confirm)).toEqual({ ok: false, reason: "unknown" });
    expect(await confirmEmailLink(cancel)).toEqual({ ok: false, reason: "unknown" });
  });

  it("cancelled before it was confirmed, a change never happens", async () => {
    const member = await createUser(database());
    const newAddress = `jamais-${member.id.slice(0, 8)}@example.net`;
    await changeEmail(member, { email: newAddress, currentPassword: PASSWORD }, here);
    const confirm = await tokenMailed(member.id, newAddress, /\/fr\/confirmer\/([\w-]+)/);
    const cancel = await tokenMailed(member.id, member.email, /\/fr\/annuler-changement\/([\w-]+)/);
    expect(await cancelEmailChange(cancel)).toEqual({ ok: true, restored: false, email: member.email });
    expect(await confirmEmailLink(confirm)).toEqual({ ok: false, reason: "used" });
    expect((await reload(database(), member.id)).email).toBe(member.email);
  });

  it("a change of password voids the open reset links", async () => {
    const { changePassword } = await import("@/server/profile");
    const member = await createUser(database());
    await requestPasswordReset(member.email, here);
    const reset = await tokenMailed(member.id, member.email, /\/fr\/reinitialiser\/([\w-]+)/);
    expect(await changePassword(member, { currentPassword: PASSWORD, newPassword: "un autre mot de passe" }, here)).toEqual({ ok: true });
    expect(await checkResetLink(reset)).toBe("used");
  });

  it("40 parallel reset requests for one address queue at most 5 mails", async () => {
    const member = await createUser(database());
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => requestPasswordReset(member.email, { address: `198.18.0.${i + 1}` })));
    const [{ queued }] = await db().select({ queued: sql<number>`count(*)::int` }).from(mailOutbox).where(eq(mailOutbox.userId, member.id));
    expect(queued).toBe(5);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(5);
  });
});
