"use server";

import { revalidatePath } from "next/cache";
import { revalidateIdeaPages } from "@/server/ideas/revalidate";
import { revalidateSearches } from "@/server/search/revalidate";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/validation/form";
import { ideaIdSchema, ideaSchema, toIdeaInput, type IdeaErrorKey } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { submitIdea } from "@/server/ideas/submit";
import { updatePendingIdea, withdrawIdea } from "@/server/ideas/author";

export type IdeaValues = { title: string; description: string; category: string; language: string; visibility: string };
const fields = ["title", "description", "category", "language", "visibility"] as const;
const ideaErrors: Catalogue<IdeaErrorKey> = { namespace: "Ideas.errors", keys: messages.Ideas.errors, fallback: "formInvalid" };
// A filled honeypot says "bot" for the whole form.
const invalidIdea = (errors: Partial<Record<string, IdeaErrorKey>>): IdeaErrorKey => (errors.website ? "honeypot" : "formInvalid");
// The idea being edited or withdrawn, from the form's hidden field; checked by the action.
const withId = { id: z.string().max(20).optional() };

function revalidateIdeas() {
  revalidateIdeaPages();
  revalidatePath("/[locale]/compte", "page");
  revalidatePath("/[locale]/admin", "layout");
  revalidateSearches();
}

export const submitIdeaAction = validatedAction(
  { schema: ideaSchema, messages: ideaErrors, keep: fields, invalid: invalidIdea },
  async (data, { caller, t, fail, go }): Answer<FormState<IdeaValues>> => {
    const result = await submitIdea(caller, toIdeaInput(data));
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    // A thank-you page that says what happens next, and leads to the idea's follow-up.
    return go({ pathname: "/centenaire/merci", query: { idee: String(result.id) } });
  },
);

export const updateIdeaAction = validatedAction(
  { schema: ideaSchema.extend(withId), messages: ideaErrors, keep: fields, invalid: invalidIdea },
  async (data, { caller, t, fail, go }): Answer<FormState<IdeaValues>> => {
    const id = ideaIdSchema.safeParse(data.id);
    if (!id.success) return fail(t("notEditable"));
    const result = await updatePendingIdea(caller, id.data, toIdeaInput(data));
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return go({ pathname: "/centenaire/[id]/suivi", params: { id: String(id.data) } });
  },
);

export const withdrawIdeaAction = validatedAction(
  { schema: z.object(withId), messages: ideaErrors },
  async (data, { caller, locale, t, fail }): Answer<FormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    const result = id.success ? await withdrawIdea(caller, id.data) : ({ ok: false, reason: "notEditable" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return { ok: true, message: (await getTranslations({ locale, namespace: "Ideas" }))("mine.withdrawn") };
  },
);
