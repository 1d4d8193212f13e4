"use server";

import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { renderMarkdown } from "@/lib/markdown";
import { articleFields, parseArticleForm, type ArticleErrorKey, type ArticleInput, type ArticleValues } from "@/lib/validation/article";
import { translateFieldErrors, type FormState } from "@/lib/validation/form";
import { readRevision } from "@/lib/validation/revision";
import messages from "@/messages/fr.json";
import { redirectingAction, validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { canEditNews } from "@/server/news/access";
import { createArticle, deleteArticle, updateArticle } from "@/server/news/mutations";
import { revalidateArticle } from "@/server/news/revalidate";
import { kickNewsSendings } from "@/server/subscriptions/sending";

export type ArticlePreview = Partial<Record<Locale, { title: string; summary: string; html: string; cover: { name: string; alt: string } | null }>>;
export type ArticleFormState = FormState<ArticleValues> & { preview?: ArticlePreview };

const articleErrors: Catalogue<ArticleErrorKey> = { namespace: "NewsAdmin.errors", keys: messages.NewsAdmin.errors, fallback: "formInvalid" };
// The article being edited (empty when new), from the form's hidden field; the data layer checks it.
const articleId = z.object({ id: z.string().max(100).optional() });

function preview(input: ArticleInput): ArticlePreview {
  const cover = (alt: string | null) => (input.coverImage ? { name: input.coverImage, alt: alt ?? "" } : null);
  const entries = Object.entries(input.versions).map(([locale, v]) => [locale, { title: v.title, summary: v.summary, html: renderMarkdown(v.body), cover: cover(v.coverAlt) }]);
  return Object.fromEntries(entries);
}

/**
 * Creates (no id) or updates an article, or previews it when the button
 * pressed was "preview". The data layer checks the caller's role again.
 * Every field comes back as typed, the longest body included: nothing is lost on an error.
 */
export const saveArticleAction = validatedAction(
  { schema: articleId, messages: articleErrors, keep: [...articleFields, "notify", ...routing.locales.map((l) => `upToDate_${l}`)], keepMaxLength: 120_000 },
  async ({ id }, { caller, formData, values, t, fail, go }): Answer<ArticleFormState> => {
    if (!canEditNews(caller)) return fail(t("forbidden"));
    const parsed = parseArticleForm(formData);
    if (!parsed.success) return fail(t("formInvalid"), translateFieldErrors(parsed.fieldErrors, t));
    if (formData.get("intent") === "preview") return { ok: false, fieldErrors: {}, values, preview: preview(parsed.data) };

    // "This translation is up to date": ticked beside a version that may be out of date, its text unchanged.
    const options = { notifySubscribers: formData.get("notify") === "on", upToDate: routing.locales.filter((l) => formData.get(`upToDate_${l}`) === "on") };
    const result = id ? await updateArticle(caller, id, readRevision(formData), parsed.data, options) : await createArticle(caller, parsed.data, options);
    if (!result.ok) {
      if (result.reason === "slugTaken") return fail(t("formInvalid"), Object.fromEntries(result.locales.map((l) => [`slug_${l}`, t("slugTaken")])));
      return fail(t(result.reason));
    }
    revalidateArticle(result.touched);
    // The sending is saved with the article; the per-minute schedule takes it if this nudge fails.
    if (options.notifySubscribers) await kickNewsSendings().catch((error: Error) => console.error(`[jobs] news-sendings not started at once: ${error.message}`));
    return go({ pathname: "/admin/actualites/[id]", params: { id: result.id }, query: { saved: id ? "updated" : "created" } });
  },
);

export const deleteArticleAction = redirectingAction({ schema: articleId }, async ({ id }, { caller, go }) => {
  const result = await deleteArticle(caller, id ?? "");
  if (result.ok) revalidateArticle(result.touched);
  // A refused or repeated delete changes nothing; the list says what there is.
  return go({ pathname: "/admin/actualites", query: result.ok ? { deleted: "1" } : {} });
});
