import { desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox, passwordResetTokens, users } from "@/db/schema";
import { checkResetLink, requestPasswordReset, resetPassword, RESET_LINK_LIFETIME_MS } from "@/server/password-reset";
import { checkCredentials } from "@/server/users";
import { describeOnDatabases } from "../support/databases";
import { createUser, PASSWORD } from "../support/users";

const here = { address: "192.0.2.44" };

describeOnDatabases("password reset", (database) => {
  const lastMailTo = async (to: string) => {
    const [mail] = await database().db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
    return mail;
  };
  const tokenIn = (body: string) => /\/(?:reinitialiser|berpa)\/([\w-]+)/.exec(body)?.[1] ?? "";

  it("answers the same for an unknown address, and sends nothing", async () => {
    const before = await database().db.select().from(mailOutbox);
    expect(await requestPasswordReset("nobody-here@example.net", here)).toEqual({ ok: true });
    expect(await database().db.select().from(mailOutbox)).toHaveLength(before.length);
    expect(await database().db.select().from(passwordResetTokens)).toHaveLength(0);
  });

  it("mails a link in the member's language that works once, then says it was used", async () => {
    const member = await createUser(database(), { name: "Tural", preferredLocale: "az" });
    expect(await requestPasswordReset(member.email.toUpperCase(), here)).toEqual({ ok: true });
    const mail = await lastMailTo(member.email);
    expect(mail.subject).toBe("Yeni şifrə seçin");
    expect(mail.body).toContain("Salam, Tural!");
    expect(mail.body).toMatch(/http:\/\/localhost:3000\/az\/berpa\/[\w-]{43}/);
    const token = tokenIn(mail.body);
    const [stored] = await database().db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, member.id));
    expect(stored.tokenHash).not.toBe(token);

    expect(await checkResetLink(token)).toBe("valid");
    expect(await resetPassword(token, "şifrəm-yenidir")).toEqual({ ok: true });
    expect((await checkCredentials(member.email, "şifrəm-yenidir", here)).status).toBe("ok");
    expect((await checkCredentials(member.email, PASSWORD, here)).status).toBe("invalid");
    expect(await checkResetLink(token)).toBe("used");
    expect(await resetPassword(token, "encore-un-autre")).toEqual({ ok: false, reason: "used" });
    expect((await lastMailTo(member.email)).subject).toBe("Şifrəniz dəyişdirildi");
  });

  it("says plainly that a link has expired after an hour, and that a made-up one is not valid", async () => {
    const member = await createUser(database());
    const anHourAgo = new Date(Date.now() - RESET_LINK_LIFETIME_MS - 1000);
    await requestPasswordReset(member.email, here, anHourAgo);
    const token = tokenIn((await lastMailTo(member.email)).body);
    expect(await checkResetLink(token)).toBe("expired");
    expect(await resetPassword(token, "trop-tard-pour-ça")).toEqual({ ok: false, reason: "expired" });
    expect(await checkResetLink("made-up-token-that-is-long-enough")).toBe("unknown");
    expect(await checkResetLink("../../etc")).toBe("unknown");
  });

  it("a new password uses up the other open links of the account", async () => {
    const member = await createUser(database());
    await requestPasswordReset(member.email, here);
    const first = tokenIn((await lastMailTo(member.email)).body);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await requestPasswordReset(member.email, here);
    const second = tokenIn((await lastMailTo(member.email)).body);
    expect(first).not.toBe(second);
    expect(await resetPassword(second, "le-bon-nouveau")).toEqual({ ok: true });
    expect(await checkResetLink(first)).toBe("used");
  });

  it("sends nothing to a banned account, and throttles requests per address", async () => {
    const banned = await createUser(database());
    await database().db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned.id));
    expect(await requestPasswordReset(banned.email, here)).toEqual({ ok: true });
    expect(await lastMailTo(banned.email)).toBeUndefined();

    const busy = { address: "192.0.2.99" };
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push(await requestPasswordReset(`someone-${i}@example.net`, busy));
    expect(answers.slice(0, 30).every((answer) => answer.ok)).toBe(true);
    expect(answers[30]).toEqual({ ok: false, reason: "throttled" });
  });
});
