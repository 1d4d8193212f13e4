"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/validation/form";
import { validatedAction, type Answer } from "@/server/form-action";
import { cancelEmailChange, confirmEmailLink, resendVerificationMail } from "@/server/verification";

type Result = FormState;

// The mailed token travels in the form's hidden field; the data layer checks it.
const tokenSchema = z.object({ token: z.string().max(200).optional() });

/** "Send the link again", from any page that tells an unconfirmed member why they cannot act yet. */
export const resendVerificationAction = validatedAction({ schema: z.object({}) }, async (_data, { caller, locale, t, fail }): Answer<Result> => {
  const tVerification = await getTranslations({ locale, namespace: "Verification" });
  const result = await resendVerificationMail(caller);
  if (result.ok) return { ok: true, message: tVerification("resent") };
  if (result.reason === "throttled") return fail(t("throttled"));
  if (result.reason === "alreadyVerified") return { ok: true, message: tVerification("alreadyVerified") };
  return fail(t("sessionExpired"));
});

async function linkFailure(locale: Locale, reason: "used" | "expired" | "unknown" | "emailTaken"): Promise<Result> {
  const t = await getTranslations({ locale, namespace: "Verification" });
  const key = ({ used: "linkUsed", expired: "linkExpired", unknown: "linkUnknown", emailTaken: "emailTaken" } as const)[reason];
  return { ok: false, fieldErrors: {}, formError: t(key), values: {} };
}

/** The button of a confirmation link's page (a button, not the GET: a mail scanner opening links confirms nothing). */
export const confirmEmailAction = validatedAction({ schema: tokenSchema }, async ({ token }, { locale }): Answer<Result> => {
  const result = await confirmEmailLink(token ?? "");
  if (!result.ok) return linkFailure(locale, result.reason);
  // No revalidation: it would render this page again, whose link is now used, over the success message.
  return { ok: true, message: (await getTranslations({ locale, namespace: "Verification" }))("confirmed", { email: result.email }) };
});

/** The button of the cancel link mailed to the old address. */
export const cancelEmailChangeAction = validatedAction({ schema: tokenSchema }, async ({ token }, { locale }): Answer<Result> => {
  const result = await cancelEmailChange(token ?? "");
  if (!result.ok) return linkFailure(locale, result.reason);
  return { ok: true, message: (await getTranslations({ locale, namespace: "Verification" }))("cancelled", { email: result.email }) };
});
