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
import { preferredLocaleOf, registerMember } from "@/server/users";

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
  const created = await registerMember({ ...parsed.data, preferredLocale: locale }, await currentRequestContext());
  if (!created.ok && created.reason === "throttled") return { ok: false, fieldErrors: {}, formError: tErrors("throttled"), values };
  if (!created.ok) return { ok: false, fieldErrors: { email: tErrors("emailTaken") }, values };
  if ((await signInWith(parsed.data.email, parsed.data.password)) !== "ok") {
    return { ok: false, fieldErrors: {}, formError: tErrors("unexpected"), values };
  }
  await rememberLocale(locale);
  redirect(getPathname({ href: "/compte", locale }));
}

export async function signOutAction(localeArg: Locale): Promise<void> {
  const locale = localeOf(localeArg);
  await signOut({ redirectTo: getPathname({ href: "/", locale }) });
}
