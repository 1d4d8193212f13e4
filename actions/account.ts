"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { deleteAccountSchema, emailChangeSchema, passwordChangeSchema, profileSchema } from "@/lib/validation/account";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { deleteOwnAccount } from "@/server/account-data";
import { signIn, signOut } from "@/server/auth";
import { changeEmail, changePassword, updateProfile } from "@/server/profile";
import { renewalTicket } from "@/server/second-factor/sign-in";
import { currentRequestContext, rememberLocale } from "@/server/request-context";
import { revalidateMemberContent } from "@/server/revalidate-member-content";
import { getCurrentUser } from "@/server/session";

export type ProfileValues = { name: string; preferredLocale: string };
export type EmailValues = { email: string };
type NoValues = Record<string, never>;

async function errorsFor(locale: Locale) {
  return getTranslations({ locale, namespace: "Errors" });
}

function invalid<V extends Record<string, string>>(fieldErrors: Record<string, string>, formError: string, values: Partial<V>): FormState<V> {
  return { ok: false, fieldErrors, formError, values };
}

export async function updateProfileAction(localeArg: Locale, _previous: FormState<ProfileValues>, formData: FormData): Promise<FormState<ProfileValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await errorsFor(locale);
  const values = keepValues(formData, ["name", "preferredLocale"] as const);
  const parsed = parseForm(profileSchema, formData);
  if (!parsed.success) return invalid(translateFieldErrors(parsed.fieldErrors, tErrors), tErrors("formInvalid"), values);
  const result = await updateProfile(await getCurrentUser(), parsed.data);
  if (!result.ok) return invalid({}, tErrors("sessionExpired"), values);
  await rememberLocale(parsed.data.preferredLocale);
  revalidatePath("/[locale]/compte", "page");
  revalidateMemberContent();
  return { ok: true, message: (await getTranslations({ locale, namespace: "Account" }))("profileSaved") };
}

export async function changeEmailAction(localeArg: Locale, _previous: FormState<EmailValues>, formData: FormData): Promise<FormState<EmailValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await errorsFor(locale);
  const values = keepValues(formData, ["email"] as const);
  const parsed = parseForm(emailChangeSchema, formData);
  if (!parsed.success) return invalid(translateFieldErrors(parsed.fieldErrors, tErrors), tErrors("formInvalid"), values);
  const result = await changeEmail(await getCurrentUser(), parsed.data, await currentRequestContext());
  if (!result.ok) {
    if (result.reason === "unauthorized") return invalid({}, tErrors("sessionExpired"), values);
    if (result.reason === "throttled") return invalid({}, tErrors("throttled"), values);
    return invalid({ currentPassword: tErrors("passwordWrong") }, tErrors("formInvalid"), values);
  }
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, message: (await getTranslations({ locale, namespace: "Account" }))("emailChanged") };
}

export async function changePasswordAction(localeArg: Locale, _previous: FormState<NoValues>, formData: FormData): Promise<FormState<NoValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await errorsFor(locale);
  const parsed = parseForm(passwordChangeSchema, formData);
  if (!parsed.success) return invalid(translateFieldErrors(parsed.fieldErrors, tErrors), tErrors("formInvalid"), {});
  const caller = await getCurrentUser();
  if (!caller) return invalid({}, tErrors("sessionExpired"), {});
  const result = await changePassword(caller, parsed.data, await currentRequestContext());
  if (!result.ok) {
    if (result.reason === "unauthorized") return invalid({}, tErrors("sessionExpired"), {});
    if (result.reason === "throttled") return invalid({}, tErrors("throttled"), {});
    return invalid({ currentPassword: tErrors("passwordWrong") }, tErrors("formInvalid"), {});
  }
  // The change ended every session, this one too: sign this browser in again with the new password.
  await signIn("credentials", { email: caller.email, ticket: await renewalTicket(caller.id), redirect: false });
  // A redirect, not a re-render of this request: only the redirect's render reads the new session cookie.
  redirect(getPathname({ href: { pathname: "/compte", query: { notice: "password" } }, locale }));
}

export async function deleteAccountAction(localeArg: Locale, _previous: FormState<NoValues>, formData: FormData): Promise<FormState<NoValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await errorsFor(locale);
  const parsed = parseForm(deleteAccountSchema, formData);
  if (!parsed.success) return invalid(translateFieldErrors(parsed.fieldErrors, tErrors), tErrors("formInvalid"), {});
  const result = await deleteOwnAccount(await getCurrentUser(), parsed.data.password, await currentRequestContext());
  if (!result.ok) {
    if (result.reason === "unauthorized") return invalid({}, tErrors("sessionExpired"), {});
    if (result.reason === "throttled") return invalid({}, tErrors("throttled"), {});
    if (result.reason === "lastAdmin") return invalid({}, tErrors("lastAdmin"), {});
    return invalid({ password: tErrors("passwordWrong") }, tErrors("formInvalid"), {});
  }
  revalidateMemberContent();
  await signOut({ redirect: false });
  redirect(getPathname({ href: "/compte/supprime", locale }));
}
