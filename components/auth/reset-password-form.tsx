"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/actions/password-reset";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";

type Labels = { newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string; pending: string };

export function ResetPasswordForm({ locale, token, labels }: { locale: Locale; token: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction.bind(null, locale, token), initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <FormError message={failed?.formError} />
      <TextField
        name="newPassword"
        type="password"
        label={labels.newPassword}
        hint={labels.newPasswordHint}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={failed?.fieldErrors.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={labels.confirmPassword}
        autoComplete="new-password"
        required
        error={failed?.fieldErrors.confirmPassword}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
