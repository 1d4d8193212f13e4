"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { resetPasswordSchema, resetRequestSchema } from "@/lib/validation/account";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { requestPasswordReset, resetPassword } from "@/server/password-reset";
import { currentRequestContext } from "@/server/request-context";

export type ResetRequestValues = { email: string };

export async function requestPasswordResetAction(localeArg: Locale, _previous: FormState<ResetRequestValues>, formData: FormData): Promise<FormState<ResetRequestValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const values = keepValues(formData, ["email"] as const);
  const parsed = parseForm(resetRequestSchema, formData);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, tErrors), formError: tErrors("formInvalid"), values };
  const result = await requestPasswordReset(parsed.data.email, await currentRequestContext());
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: tErrors("throttled"), values };
  // The same answer whether or not the address has an account.
  return { ok: true, message: (await getTranslations({ locale, namespace: "PasswordReset" }))("requestSent") };
}

export async function resetPasswordAction(localeArg: Locale, token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(localeArg);
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, tErrors), formError: tErrors("formInvalid"), values: {} };
  const result = await resetPassword(String(token), parsed.data.newPassword);
  if (!result.ok) {
    const t = await getTranslations({ locale, namespace: "PasswordReset" });
    const message = { used: t("linkUsed"), expired: t("linkExpired"), unknown: t("linkUnknown") }[result.reason];
    return { ok: false, fieldErrors: {}, formError: message, values: {} };
  }
  redirect(getPathname({ href: { pathname: "/connexion", query: { reset: "1" } }, locale }));
}
