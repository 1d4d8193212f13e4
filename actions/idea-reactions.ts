"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/validation/form";
import { ideaIdSchema, reportSchema, type IdeaErrorKey } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { reportIdea } from "@/server/ideas/report";
import { toggleSupport } from "@/server/ideas/support";

const ideaErrors: Catalogue<IdeaErrorKey> = { namespace: "Ideas.errors", keys: messages.Ideas.errors, fallback: "formInvalid" };
// The idea, from the form's hidden field; checked by the action ("not found" when it is no idea's).
const idField = z.string().max(20).optional();

// Nothing else to read from the form: the caller comes from the session.
export const toggleSupportAction = validatedAction(
  { schema: z.object({ id: idField }), messages: ideaErrors },
  async (data, { caller, t, fail }): Answer<FormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    const result = id.success ? await toggleSupport(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidatePath("/[locale]/centenaire", "layout");
    return { ok: true };
  },
);

export const reportIdeaAction = validatedAction(
  { schema: reportSchema.extend({ id: idField }), messages: { ...ideaErrors, fallback: "reportReasonRequired" } },
  async (data, { caller, locale, fail }): Answer<FormState> => {
    const id = ideaIdSchema.safeParse(data.id);
    const result = id.success ? await reportIdea(caller, id.data, data.reason) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail((await getTranslations({ locale, namespace: "IdeaReports.refusals" }))(result.reason));
    if (result.hidden) {
      revalidatePath("/[locale]/centenaire", "layout");
      revalidatePath("/[locale]/admin", "layout");
    }
    return { ok: true, message: (await getTranslations({ locale, namespace: "Ideas" }))("report.thanks") };
  },
);
