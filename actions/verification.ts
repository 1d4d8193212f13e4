"use server";

import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import type { FormState } from "@/lib/validation/form";
import { getCurrentUser } from "@/server/session";
import { cancelEmailChange, confirmEmailLink, resendVerificationMail } from "@/server/verification";

type NoValues = Record<string, never>;
type Result = FormState<NoValues>;

const failed = (formError: string): Result => ({ ok: false, fieldErrors: {}, formError, values: {} });

/** "Send the link again", from any page that tells an unconfirmed member why they cannot act yet. */
export async function resendVerificationAction(localeArg: Locale): Promise<Result> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "Verification" });
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const result = await resendVerificationMail(await getCurrentUser());
  if (result.ok) return { ok: true, message: t("resent") };
  if (result.reason === "throttled") return failed(tErrors("throttled"));
  if (result.reason === "alreadyVerified") return { ok: true, message: t("alreadyVerified") };
  return failed(tErrors("sessionExpired"));
}

async function linkFailure(locale: Locale, reason: "used" | "expired" | "unknown" | "emailTaken"): Promise<Result> {
  const t = await getTranslations({ locale, namespace: "Verification" });
  const key = ({ used: "linkUsed", expired: "linkExpired", unknown: "linkUnknown", emailTaken: "emailTaken" } as const)[reason];
  return failed(t(key));
}

/** The button of a confirmation link's page (a button, not the GET: a mail scanner opening links confirms nothing). */
export async function confirmEmailAction(localeArg: Locale, token: string): Promise<Result> {
  const locale = localeOf(localeArg);
  const result = await confirmEmailLink(String(token));
  if (!result.ok) return linkFailure(locale, result.reason);
  // No revalidation: it would render this page again, whose link is now used, over the success message.
  return { ok: true, message: (await getTranslations({ locale, namespace: "Verification" }))("confirmed", { email: result.email }) };
}

/** The button of the cancel link mailed to the old address. */
export async function cancelEmailChangeAction(localeArg: Locale, token: string): Promise<Result> {
  const locale = localeOf(localeArg);
  const result = await cancelEmailChange(String(token));
  if (!result.ok) return linkFailure(locale, result.reason);
  return { ok: true, message: (await getTranslations({ locale, namespace: "Verification" }))("cancelled", { email: result.email }) };
}
