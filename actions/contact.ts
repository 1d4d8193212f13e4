"use server";

import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { organisationList } from "@/lib/organisation-slugs";
import { contactSchema } from "@/lib/validation/contact";
import { keepValues, parseForm, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { sendContactMessage } from "@/server/contact";
import { currentRequestContext } from "@/server/request-context";

export type ContactValues = { name: string; email: string; subject: string; message: string };

export async function contactAction(localeArg: Locale, organisation: Organisation, _previous: FormState<ContactValues>, formData: FormData): Promise<FormState<ContactValues>> {
  const locale = localeOf(localeArg);
  const tErrors = await getTranslations({ locale, namespace: "Errors" });
  // Nothing the visitor wrote is lost on an error: the form shows it again.
  const values = keepValues(formData, ["name", "email", "subject", "message"] as const, 5000);
  if (!organisationList.includes(organisation)) return { ok: false, fieldErrors: {}, formError: tErrors("formInvalid"), values };
  const parsed = parseForm(contactSchema, formData);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, tErrors), formError: tErrors("formInvalid"), values };
  const result = await sendContactMessage(organisation, parsed.data, await currentRequestContext());
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: tErrors("throttled"), values };
  return { ok: true, message: (await getTranslations({ locale, namespace: "Contact" }))("sent") };
}
