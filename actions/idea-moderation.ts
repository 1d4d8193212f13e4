"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { bulkModerationSchema, moderationSchema, parseSelection } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { moderateIdea, moderateIdeas } from "@/server/ideas/moderation";
import { getCurrentUser } from "@/server/session";

export type ModerationValues = { reason: string; answer: string };
/** Where the decision was taken, to go back there with the outcome. */
export type ModerationOrigin = "queue" | "idea";

const moderationErrors = { keys: messages.IdeasAdmin.errors, fallback: "formInvalid" } as const;

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
  const parsed = parseForm(moderationSchema, formData, moderationErrors);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("formInvalid"), values };
  }
  const result = await moderateIdea(await getCurrentUser(), parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
  revalidateModeration();
  const query = { done: result.action };
  return origin === "idea"
    ? redirect({ href: { pathname: "/centenaire/[id]/suivi", params: { id: String(parsed.data.id) }, query }, locale })
    : redirect({ href: { pathname: "/admin/idees", query }, locale });
}

export async function bulkModerateAction(localeArg: Locale, _previous: FormState<ModerationValues>, formData: FormData): Promise<FormState<ModerationValues>> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "IdeasAdmin.errors" });
  const values = keepValues(formData, ["reason"] as const);
  const selection = parseSelection(formData.getAll("selected"));
  if (!selection.length) return { ok: false, fieldErrors: {}, formError: t("nothingSelected"), values };
  const parsed = parseForm(bulkModerationSchema, formData, moderationErrors);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("formInvalid"), values };
  }
  const result = await moderateIdeas(await getCurrentUser(), selection, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
  revalidateModeration();
  return redirect({ href: { pathname: "/admin/idees", query: { bulkDone: String(result.done), skipped: String(result.skipped) } }, locale });
}
