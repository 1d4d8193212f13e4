"use client";

import { useActionState } from "react";
import { contactAction, type ContactValues } from "@/actions/contact";
import type { Organisation } from "@/db/schema/news";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { HiddenFields } from "../forms/hidden-fields";
import { HoneypotField } from "../forms/honeypot-field";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";

type Labels = { name: string; email: string; subject: string; message: string; messageHint: string; website: string; submit: string; pending: string };

export function ContactForm({ locale, organisation, labels }: { locale: Locale; organisation: Organisation; labels: Labels }) {
  const [state, action] = useActionState<FormState<ContactValues>, FormData>(contactAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale, organisation }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <TextField name="name" label={labels.name} autoComplete="name" required maxLength={80} defaultValue={failed?.values.name} error={failed?.fieldErrors.name} />
      <TextField name="email" type="email" label={labels.email} autoComplete="email" required defaultValue={failed?.values.email} error={failed?.fieldErrors.email} />
      <TextField name="subject" label={labels.subject} required maxLength={150} defaultValue={failed?.values.subject} error={failed?.fieldErrors.subject} />
      <TextAreaField name="message" label={labels.message} hint={labels.messageHint} required rows={7} maxLength={5000} defaultValue={failed?.values.message} error={failed?.fieldErrors.message} />
      <HoneypotField id="contact-website" label={labels.website} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
