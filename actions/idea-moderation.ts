"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/ideas/locale";
import { keepValues, type FormState } from "@/lib/validation/form";
import { bulkModerationSchema, moderationSchema, parseSelection } from "@/lib/validation/ideas";
import { parseFormWithKeys } from "@/lib/validation/parse-with-keys";
import messages from "@/messages/fr.json";
import { moderateIdea, moderateIdeas } from "@/server/ideas/moderation";
import { getCurrentUser } from "@/server/session";

export type ModerationValues = { reason: string; answer: string };
/** Where the decision was taken, to go back there with the outcome. */
export type ModerationOrigin = "queue" | "idea";

function revalidateModeration() {
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath("/[locale]/centenaire", "layout");
  revalidatePath("/[locale]/compte", "page");
}

export async function moderateIdeaAction(
  localeArg: Locale,
  origin: ModerationOrigin,
  _previous: FormState<ModerationValues>,
  formData: FormData,
): Promise<FormState<ModerationValues>> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "IdeasAdmin.errors" });
  const values = keepValues(formData, ["reason", "answer"] as const);
  const parsed = parseFormWithKeys(moderationSchema, formData, messages.IdeasAdmin.errors, "formInvalid");
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key ?? "formInvalid")]));
    return { ok: false, fieldErrors, formError: t("formInvalid"), values };
  }
  const result = await moderateIdea(await getCurrentUser(), parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
  revalidateModeration();
  const query = { done: result.action };
  return origin === "idea"
    ? redirect({ href: { pathname: "/centenaire/[id]", params: { id: String(parsed.data.id) }, query }, locale })
    : redirect({ href: { pathname: "/admin/idees", query }, locale });
}

export async function bulkModerateAction(localeArg: Locale, _previous: FormState<ModerationValues>, formData: FormData): Promise<FormState<ModerationValues>> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "IdeasAdmin.errors" });
  const values = keepValues(formData, ["reason"] as const);
  const selection = parseSelection(formData.getAll("selected"));
  if (!selection.length) return { ok: false, fieldErrors: {}, formError: t("nothingSelected"), values };
  const parsed = parseFormWithKeys(bulkModerationSchema, formData, messages.IdeasAdmin.errors, "formInvalid");
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key ?? "formInvalid")]));
    return { ok: false, fieldErrors, formError: t("formInvalid"), values };
  }
  const result = await moderateIdeas(await getCurrentUser(), selection, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
  revalidateModeration();
  return redirect({ href: { pathname: "/admin/idees", query: { bulkDone: String(result.done), skipped: String(result.skipped) } }, locale });
}
