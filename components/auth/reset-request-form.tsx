"use client";

import { useActionState } from "react";
import { requestPasswordResetAction, type ResetRequestValues } from "@/actions/password-reset";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { email: string; submit: string; pending: string };

export function ResetRequestForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<ResetRequestValues>, FormData>(requestPasswordResetAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={failed?.values.email}
        error={failed?.fieldErrors.email}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
