"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { returnPathField, safeReturnPath } from "@/lib/safe-redirect";
import { signInCodeSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { parseForm, translateFieldErrors, type ErrorCatalogue, type FormState } from "@/lib/validation/form";
import messages from "@/messages/fr.json";
import { BannedSignIn, SecondFactorSignIn, signIn, signOut } from "@/server/auth";
import { currentRequestContext, rememberLocale } from "@/server/request-context";
import { redirectingAction, validatedAction, type Answer } from "@/server/form-action";
import { signUpMember } from "@/server/sign-up";
import { preferredLocaleOf } from "@/server/users";

// `ticket` set: the password was right, the form now asks for the authenticator's code.
export type SignInValues = { email: string; ticket: string };
const codeErrors: ErrorCatalogue<keyof (typeof messages)["SignInCode"]> = { keys: messages.SignInCode, fallback: "codeInvalid" };

export type SignUpValues = { name: string; email: string };

type SignInOutcome =
  | { kind: "ok" }
  | { kind: "invalid" | "throttled" | "codeThrottled" | "ticketExpired" }
  | { kind: "banned"; reason: string | null }
  | { kind: "codeNeeded" | "codeInvalid"; ticket: string };

async function signInWith(credentials: { email: string; password?: string; ticket?: string; code?: string }): Promise<SignInOutcome> {
  try {
    await signIn("credentials", { ...credentials, redirect: false });
    return { kind: "ok" };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof SecondFactorSignIn) {
      return error.ticket && (error.code === "codeNeeded" || error.code === "codeInvalid") ? { kind: error.code, ticket: error.ticket } : { kind: error.code === "codeThrottled" ? "codeThrottled" : "ticketExpired" };
    }
    if (error instanceof BannedSignIn) return { kind: "banned", reason: error.reason };
    if (error instanceof CredentialsSignin && error.code === "throttled") return { kind: "throttled" };
    return { kind: "invalid" };
  }
}

const failureMessage = {
  invalid: "SignIn.invalidCredentials",
  banned: "SignIn.banned",
  throttled: "SignIn.throttled",
  codeThrottled: "SignInCode.throttled",
  ticketExpired: "SignInCode.ticketExpired",
} as const;

// The page to return to once signed in (checked by safeReturnPath); `ticket` only at the code step.
const signInFormSchema = z.object({ callbackUrl: returnPathField });

/**
 * Two steps when the account has an authenticator: email and password, then
 * the code (the password is not asked again: a signed ticket stands for it).
 */
export const signInAction = validatedAction(
  { schema: signInFormSchema, keep: ["email", "ticket"], keepMaxLength: 300 },
  async ({ callbackUrl }, { locale, formData, values, t: tErrors, fail, goTo }): Answer<FormState<SignInValues>> => {
    const t = await getTranslations({ locale });
    const codeStep = formData.has("ticket");
    const parsed = codeStep ? parseForm(signInCodeSchema, formData, codeErrors) : parseForm(signInSchema, formData);
    if (!parsed.success) {
      const tCode = await getTranslations({ locale, namespace: "SignInCode" });
      const translate = (key: string) => (codeStep ? tCode(key as keyof typeof codeErrors.keys) : tErrors(key as Parameters<typeof tErrors>[0]));
      return fail(tErrors("formInvalid"), translateFieldErrors(parsed.fieldErrors, translate));
    }
    const outcome = await signInWith(parsed.data);
    if (outcome.kind === "codeNeeded") return { ok: false, fieldErrors: {}, values: { email: parsed.data.email, ticket: outcome.ticket } };
    if (outcome.kind === "codeInvalid") {
      const message = t("SignInCode.codeInvalid");
      return { ok: false, fieldErrors: { code: message }, formError: message, values: { email: parsed.data.email, ticket: outcome.ticket } };
    }
    if (outcome.kind === "banned" && outcome.reason) {
      return { ok: false, fieldErrors: {}, formError: t("SignIn.bannedWithReason", { reason: outcome.reason }), values: { email: values.email } };
    }
    if (outcome.kind !== "ok") return { ok: false, fieldErrors: {}, formError: t(failureMessage[outcome.kind]), values: { email: values.email } };
    const preferred = await preferredLocaleOf(parsed.data.email);
    if (preferred) await rememberLocale(preferred);
    return goTo(safeReturnPath(callbackUrl, getPathname({ href: "/compte", locale })));
  },
);

/**
 * Creates the account unconfirmed and says "check your inbox", the same
 * words whether or not the address already had an account; the member
 * confirms through the mailed link, then signs in.
 */
export const signUpAction = validatedAction(
  { schema: signUpSchema, keep: ["name", "email"] },
  async (data, { locale, formData, t, fail }): Answer<FormState<SignUpValues>> => {
    // Where the confirmation mail leads back to (an event the newcomer wanted to join).
    const returnTo = safeReturnPath(formData.get("returnTo"), "") || undefined;
    const result = await signUpMember({ ...data, preferredLocale: locale, returnTo }, await currentRequestContext());
    if (!result.ok) return fail(t("throttled"));
    return { ok: true, message: (await getTranslations({ locale, namespace: "SignUp" }))("checkInbox") };
  },
);

export const signOutAction = redirectingAction({ schema: z.object({}) }, async (_data, { go }) => {
  await signOut({ redirect: false });
  return go("/");
});
