"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { organisationEnum } from "@/db/schema/news";
import { contactSchema } from "@/lib/validation/contact";
import type { FormState } from "@/lib/validation/form";
import { sendContactMessage } from "@/server/contact";
import { validatedAction, type Answer } from "@/server/form-action";
import { currentRequestContext } from "@/server/request-context";

export type ContactValues = { name: string; email: string; subject: string; message: string };

// Nothing the visitor wrote is lost on an error: the form shows it again.
export const contactAction = validatedAction(
  { schema: contactSchema.extend({ organisation: z.enum(organisationEnum.enumValues) }), keep: ["name", "email", "subject", "message"], keepMaxLength: 5000 },
  async ({ organisation, ...input }, { locale, t, fail }): Answer<FormState<ContactValues>> => {
    const result = await sendContactMessage(organisation, input, await currentRequestContext());
    if (!result.ok) return fail(t("throttled"));
    return { ok: true, message: (await getTranslations({ locale, namespace: "Contact" }))("sent") };
  },
);
