"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { ideaIdSchema, ideaSchema, toIdeaInput, type IdeaErrorKey } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { submitIdea } from "@/server/ideas/submit";
import { updatePendingIdea, withdrawIdea } from "@/server/ideas/author";
import { getCurrentUser } from "@/server/session";

export type IdeaValues = { title: string; description: string; category: string; language: string; visibility: string };
const fields = ["title", "description", "category", "language", "visibility"] as const;

function revalidateIdeas() {
  revalidatePath("/[locale]/centenaire", "layout");
  revalidatePath("/[locale]/compte", "page");
  revalidatePath("/[locale]/admin", "layout");
}

/** Parses the idea form; on failure, the translated state to send back. */
async function parseIdea(locale: Locale, formData: FormData) {
  const t = await getTranslations({ locale, namespace: "Ideas.errors" });
  const values = keepValues(formData, fields);
  const fail = (formError: IdeaErrorKey, fieldErrors: Record<string, string> = {}): FormState<IdeaValues> => ({
    ok: false,
    fieldErrors,
    formError: t(formError),
    values,
  });
  const parsed = parseForm(ideaSchema, formData, { keys: messages.Ideas.errors, fallback: "formInvalid" });
  if (parsed.success) return { input: toIdeaInput(parsed.data), fail };
  const { website, ...errors } = parsed.fieldErrors;
  if (website) return { failed: fail("honeypot") };
  return { failed: fail("formInvalid", translateFieldErrors(errors, t)) };
}

export async function submitIdeaAction(localeArg: Locale, _previous: FormState<IdeaValues>, formData: FormData): Promise<FormState<IdeaValues>> {
  const locale = localeOf(localeArg);
  const parsed = await parseIdea(locale, formData);
  if (parsed.failed) return parsed.failed;
  const result = await submitIdea(await getCurrentUser(), parsed.input);
  if (!result.ok) return parsed.fail(result.reason);
  revalidateIdeas();
  // A thank-you page that says what happens next, and leads to the idea.
  return redirect({ href: { pathname: "/centenaire/merci", query: { idee: String(result.id) } }, locale });
}

export async function updateIdeaAction(
  localeArg: Locale,
  idArg: number,
  _previous: FormState<IdeaValues>,
  formData: FormData,
): Promise<FormState<IdeaValues>> {
  const locale = localeOf(localeArg);
  const parsed = await parseIdea(locale, formData);
  if (parsed.failed) return parsed.failed;
  const id = ideaIdSchema.safeParse(String(idArg));
  if (!id.success) return parsed.fail("notEditable");
  const result = await updatePendingIdea(await getCurrentUser(), id.data, parsed.input);
  if (!result.ok) return parsed.fail(result.reason);
  revalidateIdeas();
  return redirect({ href: { pathname: "/centenaire/[id]/suivi", params: { id: String(id.data) } }, locale });
}

export async function withdrawIdeaAction(localeArg: Locale, idArg: number): Promise<FormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const id = ideaIdSchema.safeParse(String(idArg));
  const result = id.success ? await withdrawIdea(await getCurrentUser(), id.data) : ({ ok: false, reason: "notEditable" } as const);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(`errors.${result.reason}`), values: {} };
  revalidateIdeas();
  return { ok: true, message: t("mine.withdrawn") };
}
