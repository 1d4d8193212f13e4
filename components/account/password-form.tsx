"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/actions/account";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { NewPasswordFields } from "../forms/new-password-fields";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { currentPassword: string; newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string; pending: string };

export function PasswordForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<Record<string, never>>, FormData>(changePasswordAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} focus />
      <TextField
        name="currentPassword"
        id="field-password-current-password"
        type="password"
        label={labels.currentPassword}
        autoComplete="current-password"
        required
        error={failed?.fieldErrors.currentPassword}
      />
      <NewPasswordFields labels={labels} errors={failed?.fieldErrors} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
