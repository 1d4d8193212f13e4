"use client";

import { useActionState } from "react";
import { signInAction, type SignInValues } from "@/actions/auth";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { boundAction } from "../forms/bound-action";

type Labels = { email: string; password: string; submit: string; pending: string };

export function SignInForm({ locale, callbackUrl, labels }: { locale: Locale; callbackUrl?: string; labels: Labels }) {
  const [state, action] = useActionState<FormState<SignInValues>, FormData>(
    boundAction(signInAction, locale, callbackUrl),
    initialFormState,
  );
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <FormError message={failed?.formError} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={failed?.values.email}
        error={failed?.fieldErrors.email}
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={failed?.fieldErrors.password}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
