"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/actions/password-reset";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { NewPasswordFields } from "../forms/new-password-fields";
import { SubmitButton } from "../forms/submit-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string; pending: string };

export function ResetPasswordForm({ locale, token, labels }: { locale: Locale; token: string; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale, token }} />
      <FormError message={failed?.formError} />
      <NewPasswordFields labels={labels} errors={failed?.fieldErrors} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
