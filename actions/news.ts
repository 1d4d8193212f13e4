"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { renderMarkdown } from "@/lib/markdown";
import { articleFields, parseArticleForm, type ArticleInput, type ArticleValues } from "@/lib/validation/article";
import { keepValues, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { readRevision } from "@/lib/validation/revision";
import { canEditNews } from "@/server/news/access";
import { createArticle, deleteArticle, updateArticle } from "@/server/news/mutations";
import { revalidateArticle } from "@/server/news/revalidate";
import { getCurrentUser } from "@/server/session";

export type ArticlePreview = Partial<Record<Locale, { title: string; summary: string; html: string }>>;
export type ArticleFormState = FormState<ArticleValues> & { preview?: ArticlePreview };

function preview(input: ArticleInput): ArticlePreview {
  const entries = Object.entries(input.versions).map(([locale, v]) => [locale, { title: v.title, summary: v.summary, html: renderMarkdown(v.body) }]);
  return Object.fromEntries(entries);
}

/**
 * Creates (articleId null) or updates an article, or previews it when the
 * button pressed was "preview". The data layer checks the caller's role again.
 */
export async function saveArticleAction(
  localeArg: Locale,
  articleId: string | null,
  _previous: ArticleFormState,
  formData: FormData,
): Promise<ArticleFormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "NewsAdmin.errors" });
  // Every field comes back as typed, the longest body included: nothing is lost on an error.
  const values = keepValues(formData, articleFields, 120_000);
  const caller = await getCurrentUser();
  if (!canEditNews(caller)) return { ok: false, fieldErrors: {}, formError: t("forbidden"), values };

  const parsed = parseArticleForm(formData);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("formInvalid"), values };
  }
  if (formData.get("intent") === "preview") return { ok: false, fieldErrors: {}, values, preview: preview(parsed.data) };

  const result = articleId ? await updateArticle(caller, articleId, readRevision(formData), parsed.data) : await createArticle(caller, parsed.data);
  if (!result.ok) {
    if (result.reason === "slugTaken") {
      const fieldErrors = Object.fromEntries(result.locales.map((l) => [`slug_${l}`, t("slugTaken")]));
      return { ok: false, fieldErrors, formError: t("formInvalid"), values };
    }
    return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
  }
  revalidateArticle(result.touched);
  return redirect({ href: { pathname: "/admin/actualites/[id]", params: { id: result.id }, query: { saved: articleId ? "updated" : "created" } }, locale });
}

export async function deleteArticleAction(localeArg: Locale, articleId: string): Promise<void> {
  const locale = localeOf(localeArg);
  const result = await deleteArticle(await getCurrentUser(), articleId);
  if (result.ok) revalidateArticle(result.touched);
  // A refused or repeated delete changes nothing; the list says what there is.
  redirect({ href: { pathname: "/admin/actualites", query: result.ok ? { deleted: "1" } : {} }, locale });
}
