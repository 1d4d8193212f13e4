import { and, desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, users } from "@/db/schema";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { registerForEvent } from "@/server/agenda/registrations";
import { submitIdea } from "@/server/ideas/submit";
import { toggleSupport } from "@/server/ideas/support";
import { checkResetLink, requestPasswordReset, resetPassword } from "@/server/password-reset";
import { signUpMember } from "@/server/sign-up";
import { checkEmailLink, confirmEmailLink, isEmailVerified, resendVerificationMail } from "@/server/verification";
import { makeEvent } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { createIdea, validIdea } from "../support/ideas";
import { createUser, reload } from "../support/users";

const here = { address: "203.0.113.77" };

describeOnDatabases("addresses are verified", (database) => {
  const db = () => database().db;
  const confirmTokenFor = async (userId: string) => {
    const [mail] = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.userId, userId), eq(mailOutbox.subject, "Confirmez votre adresse e-mail")))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    return /\/fr\/confirmer\/([\w-]+)/.exec(mail?.body ?? "")?.[1] ?? "";
  };

  it("an unconfirmed member is refused submit, support and register, with a message in both languages; once confirmed, all three work", async () => {
    const member = await createUser(database(), { verified: false });
    const author = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const idea = await createIdea(database(), author.id, { status: "published" });
    const eventId = await makeEvent(editor, { capacity: 5 });

    const refusals = [await submitIdea(member, validIdea), await toggleSupport(member, idea.id), await registerForEvent(member, eventId)];
    expect(refusals).toEqual([
      { ok: false, reason: "unverified" },
      { ok: false, reason: "unverified" },
      { ok: false, reason: "unverified" },
    ]);
    // What the actions show: Ideas.errors.<reason> and Agenda.registration.errors.<reason>, in each language.
    for (const messages of [fr, az]) {
      expect(messages.Ideas.errors.unverified).toMatch(/./);
      expect(messages.Agenda.registration.errors.unverified).toBe(messages.Ideas.errors.unverified);
    }
    expect(fr.Ideas.errors.unverified).not.toBe(az.Ideas.errors.unverified);

    expect(await resendVerificationMail(member)).toEqual({ ok: true });
    const token = await confirmTokenFor(member.id);
    expect(await checkEmailLink(token, ["verify", "change"])).toMatchObject({ state: "valid", purpose: "verify", email: member.email });
    expect(await confirmEmailLink(token)).toEqual({ ok: true, purpose: "verify", email: member.email });
    expect(await confirmEmailLink(token)).toEqual({ ok: false, reason: "used" });
    expect(await isEmailVerified(member.id)).toBe(true);

    expect(await submitIdea(member, validIdea)).toMatchObject({ ok: true });
    expect(await toggleSupport(member, idea.id)).toMatchObject({ ok: true, supported: true });
    expect(await registerForEvent(member, eventId)).toMatchObject({ ok: true, status: "registered" });
  });

  it("sign-up mails a link in the reader's language; a resend replaces it, and the resends are throttled", async () => {
    await signUpMember({ name: "Səbinə", email: "sebine-verify@example.net", password: "uzun bir şifrə", preferredLocale: "az" }, here);
    const [member] = await db().select().from(users).where(eq(users.email, "sebine-verify@example.net"));
    expect(member.emailVerifiedAt).toBeNull();
    const [first] = await db().select().from(mailOutbox).where(eq(mailOutbox.userId, member.id));
    expect(first).toMatchObject({ to: member.email, subject: "E-poçt ünvanınızı təsdiqləyin" });
    const firstToken = /\/az\/tesdiq\/([\w-]+)/.exec(first.body)?.[1] ?? "";
    expect(firstToken).toHaveLength(43);

    const caller = await reload(database(), member.id);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await resendVerificationMail(caller));
    expect(answers.slice(0, 5).every((answer) => answer.ok)).toBe(true);
    expect(answers[5]).toEqual({ ok: false, reason: "throttled" });
    expect(await confirmEmailLink(firstToken)).toEqual({ ok: false, reason: "used" });
    expect(await resendVerificationMail(null)).toEqual({ ok: false, reason: "unauthorized" });
  });

  it("a confirmation link for an address the account no longer has confirms nothing", async () => {
    const member = await createUser(database(), { verified: false });
    await resendVerificationMail(member);
    const token = await confirmTokenFor(member.id);
    await db().update(users).set({ email: `autre-${member.id.slice(0, 8)}@example.net` }).where(eq(users.id, member.id));
    expect(await confirmEmailLink(token)).toEqual({ ok: false, reason: "unknown" });
    expect(await isEmailVerified(member.id)).toBe(false);
  });

  it("a password reset through the mailed link confirms the address too (the link went to it)", async () => {
    const member = await createUser(database(), { verified: false });
    await requestPasswordReset(member.email, here);
    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.userId, member.id));
    const token = /\/fr\/reinitialiser\/([\w-]+)/.exec(mail.body)?.[1] ?? "";
    expect(await checkResetLink(token)).toBe("valid");
    expect(await resetPassword(token, "un nouveau mot de passe")).toEqual({ ok: true });
    expect(await isEmailVerified(member.id)).toBe(true);
  });
});
