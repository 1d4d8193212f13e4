import "server-only";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { absoluteHref } from "@/lib/absolute-href";
import { hashPassword } from "@/lib/password";
import type { SignUpInput } from "@/lib/validation/auth";
import { queueMail } from "./mail";
import { accountMailText } from "./mail-text";
import { takeAttempt, throttleRules, type ThrottleSubject } from "./throttle";
import { byEmail, type RequestContext } from "./users";
import { queueVerificationMail } from "./verification";

export type SignUpResult = { ok: true } | { ok: false; reason: "throttled" };

/**
 * Creates an unconfirmed account and mails it a confirmation link. The
 * answer is the same whether or not the address already has an account, and
 * so is the work (one password hash, one mail queued): its owner gets a
 * "someone tried to create an account with your address" mail instead, and
 * nobody learns from the form, or its timing, who is a member.
 */
/** `returnTo`: the page the member signed up from, which the confirmation link leads back to. */
export async function signUpMember(input: SignUpInput & { preferredLocale: Locale; returnTo?: string }, context: RequestContext): Promise<SignUpResult> {
  const subjects: ThrottleSubject[] = [
    { rule: throttleRules.signUpAccount, value: input.email.trim().toLowerCase() },
    { rule: throttleRules.signUpAddress, value: context.address },
  ];
  if (!(await takeAttempt(subjects))) return { ok: false, reason: "throttled" };
  const passwordHash = await hashPassword(input.password);
  await getDb().transaction(async (tx) => {
    // The unique index on lower(email) settles two sign-ups racing for one address.
    const [created] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email.trim(), preferredLocale: input.preferredLocale, passwordHash, role: "member" })
      .onConflictDoNothing()
      .returning();
    if (created) return queueVerificationMail(tx, created, new Date(), input.returnTo);
    const [owner] = await tx.select().from(users).where(byEmail(input.email));
    if (!owner || owner.bannedAt) return;
    const t = accountMailText(owner.preferredLocale);
    const link = absoluteHref("/mot-de-passe-oublie", owner.preferredLocale);
    await queueMail(tx, { to: owner.email, userId: owner.id, locale: owner.preferredLocale, subject: t("signUpExistingSubject"), body: t("signUpExistingBody", { name: owner.name, link }) });
  });
  return { ok: true };
}
