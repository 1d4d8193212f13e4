"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { parseForm, type FormState } from "@/lib/validation/form";
import { endSessionsSchema } from "@/lib/validation/sessions";
import { getCurrentSession } from "@/server/session";
import { endOtherSessions, endOwnSession } from "@/server/user-sessions";

/** "Sign out" of one other session, or of every other one; server/user-sessions.ts keeps it to the caller's own. */
export async function endSessionsAction(localeArg: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(localeArg);
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  const parsed = parseForm(endSessionsSchema, formData);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: tErrors("formInvalid"), values: {} };
  const { end } = parsed.data;
  const caller = await getCurrentSession();
  const result = end === "others" ? await endOtherSessions(caller) : await endOwnSession(caller, end);
  const t = await getTranslations({ locale, namespace: "Sessions" });
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: result.reason === "unauthorized" ? tErrors("sessionExpired") : t("notFound"), values: {} };
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, message: end === "others" ? t("othersEnded", { count: result.ended }) : t("oneEnded") };
}
