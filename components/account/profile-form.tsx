"use client";

import { useActionState } from "react";
import { updateProfileAction, type ProfileValues } from "@/actions/account";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SelectField } from "../forms/select-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { name: string; language: string; languageHint: string; submit: string; pending: string };

export function ProfileForm({
  locale,
  defaults,
  languages,
  labels,
}: {
  locale: Locale;
  defaults: ProfileValues;
  languages: { value: string; label: string; lang: string }[];
  labels: Labels;
}) {
  const [state, action] = useActionState<FormState<ProfileValues>, FormData>(updateProfileAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} focus />
      <TextField
        name="name"
        label={labels.name}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={failed?.values.name ?? defaults.name}
        error={failed?.fieldErrors.name}
      />
      <SelectField
        name="preferredLocale"
        label={labels.language}
        hint={labels.languageHint}
        options={languages}
        defaultValue={failed?.values.preferredLocale ?? defaults.preferredLocale}
        error={failed?.fieldErrors.preferredLocale}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
