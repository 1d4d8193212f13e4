"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { safeReturnPath } from "@/lib/safe-redirect";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { signIn, signOut } from "@/server/auth";
import { registerMember } from "@/server/users";

export type SignInValues = { email: string };
export type SignUpValues = { name: string; email: string };

function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

async function signInWith(email: string, password: string, redirectTo: string): Promise<"invalid" | "banned"> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must go on up.
    if (!(error instanceof AuthError)) throw error;
    return error instanceof CredentialsSignin && error.code === "banned" ? "banned" : "invalid";
  }
  return "invalid";
}

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
  const redirectTo = safeReturnPath(callbackUrl, getPathname({ href: "/compte", locale }));
  const failure = await signInWith(parsed.data.email, parsed.data.password, redirectTo);
  return { ok: false, fieldErrors: {}, formError: t(failure === "banned" ? "SignIn.banned" : "SignIn.invalidCredentials"), values };
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
  const created = await registerMember({ ...parsed.data, preferredLocale: locale });
  if (!created.ok) return { ok: false, fieldErrors: { email: tErrors("emailTaken") }, values };
  await signInWith(parsed.data.email, parsed.data.password, getPathname({ href: "/compte", locale }));
  return { ok: false, fieldErrors: {}, formError: tErrors("unexpected"), values };
}

export async function signOutAction(localeArg: Locale): Promise<void> {
  const locale = localeOf(localeArg);
  await signOut({ redirectTo: getPathname({ href: "/", locale }) });
}
