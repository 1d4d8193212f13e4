"use client";

import { useActionState } from "react";
import { submitIdeaAction, updateIdeaAction, type IdeaValues } from "@/actions/ideas";
import { FormError } from "@/components/forms/form-error";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { ChoiceFields } from "./idea-form-choices";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { HoneypotField } from "@/components/forms/honeypot-field";

export type IdeaFormLabels = {
  title: string;
  titleHint: string;
  description: string;
  descriptionHint: string;
  category: string;
  chooseCategory: string;
  language: string;
  visibility: string;
  named: string;
  anonymous: string;
  honeypot: string;
  submit: string;
  pending: string;
};
type Option = { value: string; label: string };
type Props = { locale: Locale; ideaId?: number; initial: Partial<IdeaValues>; categories: Option[]; languages: Option[]; labels: IdeaFormLabels };

/** Submits a new idea, or changes a pending one when `ideaId` is given. */
export function IdeaForm({ locale, ideaId, initial, categories, languages, labels }: Props) {
  const save = ideaId ? updateIdeaAction : submitIdeaAction;
  const [state, action] = useActionState<FormState<IdeaValues>, FormData>(save, initialFormState);
  const failed = state.ok ? undefined : state;
  const values = { ...initial, ...failed?.values };
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-5">
      <HiddenFields values={{ locale, id: ideaId }} />
      <FormError message={failed?.formError} />
      <TextField name="title" label={labels.title} hint={labels.titleHint} required minLength={5} maxLength={150} defaultValue={values.title} error={errors.title} />
      <TextAreaField
        name="description"
        label={labels.description}
        hint={labels.descriptionHint}
        required
        rows={10}
        maxLength={5000}
        defaultValue={values.description}
        error={errors.description}
      />
      <ChoiceFields values={values} errors={errors} categories={categories} languages={languages} labels={labels} />
      <HoneypotField id="field-website" label={labels.honeypot} />
      <PendingButton label={labels.submit} pendingLabel={labels.pending} className="w-full bg-azblue-600 py-2.5 text-white hover:bg-azblue-700" />
    </form>
  );
}
