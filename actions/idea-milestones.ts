"use server";

import { z } from "zod";
import { translateFieldErrors, type FormState } from "@/lib/validation/form";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { milestoneFields, parseMilestoneForm, type MilestoneErrorKey } from "@/lib/validation/milestones";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { isEditor } from "@/server/ideas/access";
import { revalidateIdeaPages } from "@/server/ideas/revalidate";
import { addMilestone, deleteMilestone, updateMilestone, type MilestoneResult } from "@/server/ideas/milestones/write";

const milestoneErrors: Catalogue<MilestoneErrorKey> = { namespace: "Milestones.errors", keys: messages.Milestones.errors, fallback: "formInvalid" };
// The idea (a new step) or the step (an edit, a deletion), from the form's hidden fields; the data layer checks them.
const target = z.object({ ideaId: z.string().max(20).optional(), milestoneId: z.string().max(20).optional() });

/** Pages are cached whole: a step shows on the idea's page and on the action plan, both ideas pages. */
const revalidateProgress = revalidateIdeaPages;

const editorPage = (ideaId: number, done: "added" | "updated" | "deleted") => ({ pathname: "/admin/idees/[id]/jalons" as const, params: { id: String(ideaId) }, query: { done } });

/** Adds a step (no milestoneId) or changes one; every field comes back as typed after a refusal. */
export const saveMilestoneAction = validatedAction(
  { schema: target, messages: milestoneErrors, keep: milestoneFields, keepMaxLength: 2_000 },
  async ({ ideaId, milestoneId }, { caller, formData, t, fail, go }): Answer<FormState> => {
    if (!isEditor(caller)) return fail(t("forbidden"));
    const parsed = parseMilestoneForm(formData);
    if (!parsed.success) return fail(t("formInvalid"), translateFieldErrors(parsed.fieldErrors, t));
    const idea = ideaIdSchema.safeParse(ideaId);
    const step = ideaIdSchema.safeParse(milestoneId);
    let result: MilestoneResult;
    if (milestoneId) result = step.success ? await updateMilestone(caller, step.data, parsed.data) : { ok: false, reason: "notFound" };
    else result = idea.success ? await addMilestone(caller, idea.data, parsed.data) : { ok: false, reason: "notFound" };
    if (!result.ok) return fail(t(result.reason));
    revalidateProgress();
    return go(editorPage(result.ideaId, milestoneId ? "updated" : "added"));
  },
);

/** Deletes a step, behind a confirmation step; a refused or repeated deletion changes nothing and says so. */
export const deleteMilestoneAction = validatedAction(
  { schema: target, messages: milestoneErrors },
  async ({ milestoneId }, { caller, t, fail, go }): Answer<FormState> => {
    const step = ideaIdSchema.safeParse(milestoneId);
    const result = step.success ? await deleteMilestone(caller, step.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateProgress();
    return go(editorPage(result.ideaId, "deleted"));
  },
);

