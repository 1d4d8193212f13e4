"use server";

import { revalidatePath } from "next/cache";
import { revalidateIdeaPages } from "@/server/ideas/revalidate";
import { revalidateSearches } from "@/server/search/revalidate";
import type { FormState } from "@/lib/validation/form";
import { bulkModerationSchema, mergeSchema, moderationSchema, parseSelection, type ModerationErrorKey } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { mergeIdea } from "@/server/ideas/merge";
import { moderateIdea, moderateIdeas } from "@/server/ideas/moderation";

export type ModerationValues = { reason: string; answer: string; organisation: string };
export type MergeValues = { into: string };
/** Where the decision was taken (the form's hidden `origin`), to go back there with the outcome. */
export type ModerationOrigin = "queue" | "idea";

const moderationErrors: Catalogue<ModerationErrorKey> = { namespace: "IdeasAdmin.errors", keys: messages.IdeasAdmin.errors, fallback: "formInvalid" };

function revalidateModeration() {
  revalidatePath("/[locale]/admin", "layout");
  revalidateIdeaPages();
  revalidatePath("/[locale]/compte", "page");
  // An answered idea shows on the page of the organisation that signed it.
  revalidatePath("/[locale]/organisations/[slug]", "page");
  revalidateSearches();
}

export const moderateIdeaAction = validatedAction(
  { schema: moderationSchema, messages: moderationErrors, keep: ["reason", "answer", "organisation"] },
  async (data, { caller, formData, t, fail, go }): Answer<FormState<ModerationValues>> => {
    const result = await moderateIdea(caller, data);
    if (!result.ok) return fail(t(result.reason));
    revalidateModeration();
    const query = { done: result.action };
    return formData.get("origin") === "idea"
      ? go({ pathname: "/centenaire/[id]/suivi", params: { id: String(data.id) }, query })
      : go({ pathname: "/admin/idees", query });
  },
);

export const bulkModerateAction = validatedAction(
  { schema: bulkModerationSchema, messages: moderationErrors, keep: ["reason"] },
  async (data, { caller, formData, t, fail, go }): Answer<FormState<ModerationValues>> => {
    const selection = parseSelection(formData.getAll("selected"));
    if (!selection.length) return fail(t("nothingSelected"));
    const result = await moderateIdeas(caller, selection, data);
    if (!result.ok) return fail(t(result.reason));
    revalidateModeration();
    return go({ pathname: "/admin/idees", query: { bulkDone: String(result.done), skipped: String(result.skipped) } });
  },
);

/** Merges the idea into the one whose number the editor typed, then shows that one's follow-up with the outcome. */
export const mergeIdeaAction = validatedAction(
  { schema: mergeSchema, messages: moderationErrors, keep: ["into"] },
  async (data, { caller, t, fail, go }): Answer<FormState<MergeValues>> => {
    const result = await mergeIdea(caller, data);
    if (!result.ok) return fail(t(result.reason));
    revalidateModeration();
    return go({ pathname: "/centenaire/[id]/suivi", params: { id: String(data.into) }, query: { done: "merge", moved: String(result.moved) } });
  },
);
