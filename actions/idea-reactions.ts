"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { safeReturnPath } from "@/lib/safe-redirect";
import { localeOf } from "@/lib/locale-arg";
import { parseForm, type FormState } from "@/lib/validation/form";
import { ideaIdSchema, reportSchema } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { reportIdea } from "@/server/ideas/report";
import { supportedBy } from "@/server/ideas/public";
import { toggleSupport } from "@/server/ideas/support";
import { getCurrentUser } from "@/server/session";

// The idea is bound in, the caller comes from the session. The form may say what it wants
// (`want`: add or remove): a cached page that does not know the reader yet offers "support",
// and pressing it must not take back a support given earlier. A visitor is sent to sign in.
export type SupportFormState = FormState | { ok: true; supported: boolean };

export async function toggleSupportAction(localeArg: Locale, idArg: number, _previous?: SupportFormState, formData?: FormData): Promise<SupportFormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "Ideas.errors" });
  const id = ideaIdSchema.safeParse(String(idArg));
  const caller = await getCurrentUser();
  if (!caller && id.success) {
    const back = safeReturnPath(formData?.get("returnTo"), getPathname({ href: "/centenaire", locale }));
    return redirect({ href: { pathname: "/connexion", query: { callbackUrl: back } }, locale });
  }
  const want = formData?.get("want");
  if (id.success && (want === "add" || want === "remove") && (await supportedBy(caller, [id.data])).has(id.data) === (want === "add")) {
    return { ok: true, supported: want === "add" };
  }
  const result = id.success ? await toggleSupport(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(result.reason), values: {} };
  revalidatePath("/[locale]/centenaire", "layout");
  return { ok: true, supported: result.supported };
}

export async function reportIdeaAction(localeArg: Locale, idArg: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const parsed = parseForm(reportSchema, formData, { keys: messages.Ideas.errors, fallback: "reportReasonRequired" });
  if (!parsed.success) {
    return { ok: false, fieldErrors: { reason: t("errors.reportReasonRequired") }, formError: t("errors.formInvalid"), values: {} };
  }
  const id = ideaIdSchema.safeParse(String(idArg));
  const result = id.success ? await reportIdea(await getCurrentUser(), id.data, parsed.data.reason) : ({ ok: false, reason: "notFound" } as const);
  if (!result.ok) {
    const refusals = await getTranslations({ locale, namespace: "IdeaReports.refusals" });
    return { ok: false, fieldErrors: {}, formError: refusals(result.reason), values: {} };
  }
  if (result.hidden) {
    revalidatePath("/[locale]/centenaire", "layout");
    revalidatePath("/[locale]/admin", "layout");
  }
  return { ok: true, message: t("report.thanks") };
}
