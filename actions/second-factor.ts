"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { parseForm, translateFieldErrors, type ErrorCatalogue, type FormState } from "@/lib/validation/form";
import { confirmEnrolmentSchema, disableSecondFactorSchema } from "@/lib/validation/second-factor";
import messages from "@/messages/fr.json";
import { currentRequestContext } from "@/server/request-context";
import { cancelEnrolment, confirmEnrolment, disableSecondFactor, startEnrolment } from "@/server/second-factor/enrolment";
import { getCurrentSession, getCurrentUser } from "@/server/session";

type Key = keyof (typeof messages)["SecondFactor"];
const errors: ErrorCatalogue<Key> = { keys: messages.SecondFactor, fallback: "codeInvalid" };
type NoValues = Record<string, never>;

/** The answer to the confirmation: the recovery codes, which the form shows once. */
export type ConfirmState = { ok: true; recoveryCodes: string[] } | Extract<FormState<NoValues>, { ok: false }>;

const sectionPath = (locale: Locale, notice?: string) =>
  `${getPathname({ href: notice ? { pathname: "/compte", query: { notice } } : "/compte", locale })}#second-factor`;

export async function startEnrolmentAction(localeArg: Locale): Promise<void> {
  const locale = localeOf(localeArg);
  await startEnrolment(await getCurrentUser());
  redirect(sectionPath(locale));
}

export async function cancelEnrolmentAction(localeArg: Locale): Promise<void> {
  const locale = localeOf(localeArg);
  await cancelEnrolment(await getCurrentUser());
  redirect(sectionPath(locale));
}

export async function confirmEnrolmentAction(localeArg: Locale, _previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "SecondFactor" });
  const parsed = parseForm(confirmEnrolmentSchema, formData, errors);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("codeRequired"), values: {} };
  const session = await getCurrentSession();
  const result = await confirmEnrolment(session?.user ?? null, parsed.data.code, new Date(), session?.sessionId);
  if (!result.ok) {
    const key = ({ unauthorized: "sessionExpired", invalid: "codeInvalid", throttled: "throttled", notPending: "notPending" } as const)[result.reason];
    return { ok: false, fieldErrors: result.reason === "invalid" ? { code: t(key) } : {}, formError: t(key), values: {} };
  }
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, recoveryCodes: result.recoveryCodes };
}

export async function disableSecondFactorAction(localeArg: Locale, _previous: FormState<NoValues>, formData: FormData): Promise<FormState<NoValues>> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "SecondFactor" });
  const parsed = parseForm(disableSecondFactorSchema, formData, errors);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("proofWrong"), values: {} };
  if (!parsed.data.password && !parsed.data.code) return { ok: false, fieldErrors: {}, formError: t("proofRequired"), values: {} };
  const result = await disableSecondFactor(await getCurrentUser(), parsed.data, await currentRequestContext());
  if (!result.ok) {
    const key = ({ unauthorized: "sessionExpired", wrong: "proofWrong", throttled: "throttled" } as const)[result.reason];
    return { ok: false, fieldErrors: {}, formError: t(key), values: {} };
  }
  redirect(sectionPath(locale, "second-factor-off"));
}
