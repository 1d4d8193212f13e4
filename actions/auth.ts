"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { safeReturnPath } from "@/lib/safe-redirect";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { signIn, signOut } from "@/server/auth";
import { currentRequestContext, rememberLocale } from "@/server/request-context";
import { signUpMember } from "@/server/sign-up";
import { preferredLocaleOf } from "@/server/users";

export type SignInValues = { email: string };
export type SignUpValues = { name: string; email: string };

type SignInOutcome = "ok" | "invalid" | "banned" | "throttled";

async function signInWith(email: string, password: string): Promise<SignInOutcome> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return "ok";
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && (error.code === "banned" || error.code === "throttled")) return error.code;
    return "invalid";
  }
}

const failureMessage = { invalid: "SignIn.invalidCredentials", banned: "SignIn.banned", throttled: "SignIn.throttled" } as const;

export async function signInAction(
  localeArg: Locale,
  callbackUrl: string | undefined,
  _previous: FormState<SignInValues>,
  formData: FormData,
): Promise<FormState<SignInValues>> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale });
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const values = keepValues(formData, ["email"] as const);
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, tErrors), formError: tErrors("formInvalid"), values };
  }
  const outcome = await signInWith(parsed.data.email, parsed.data.password);
  if (outcome !== "ok") return { ok: false, fieldErrors: {}, formError: t(failureMessage[outcome]), values };
  const preferred = await preferredLocaleOf(parsed.data.email);
  if (preferred) await rememberLocale(preferred);
  redirect(safeReturnPath(callbackUrl, getPathname({ href: "/compte", locale })));
}

/**
 * Creates the account unconfirmed and says "check your inbox", the same
 * words whether or not the address already had an account; the member
 * confirms through the mailed link, then signs in.
 */
export async function signUpAction(
  localeArg: Locale,
  _previous: FormState<SignUpValues>,
  formData: FormData,
): Promise<FormState<SignUpValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const values = keepValues(formData, ["name", "email"] as const);
  const parsed = parseForm(signUpSchema, formData);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, tErrors), formError: tErrors("formInvalid"), values };
  }
  const result = await signUpMember({ ...parsed.data, preferredLocale: locale }, await currentRequestContext());
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: tErrors("throttled"), values };
  return { ok: true, message: (await getTranslations({ locale, namespace: "SignUp" }))("checkInbox") };
}

export async function signOutAction(localeArg: Locale): Promise<void> {
  const locale = localeOf(localeArg);
  await signOut({ redirectTo: getPathname({ href: "/", locale }) });
}
