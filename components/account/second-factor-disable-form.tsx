"use client";

import { useActionState } from "react";
import { disableSecondFactorAction } from "@/actions/second-factor";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { password: string; code: string; submit: string; pending: string };

export function SecondFactorDisableForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<Record<string, never>>, FormData>(disableSecondFactorAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <TextField name="password" id="field-second-factor-password" type="password" label={labels.password} autoComplete="current-password" />
      <TextField name="code" id="field-second-factor-code" label={labels.code} autoComplete="one-time-code" />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
