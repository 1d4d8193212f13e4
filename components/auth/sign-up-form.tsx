"use client";

import { useActionState } from "react";
import { signUpAction, type SignUpValues } from "@/actions/auth";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { name: string; email: string; password: string; passwordHint: string; submit: string; pending: string };

export function SignUpForm({ locale, labels, returnTo }: { locale: Locale; labels: Labels; returnTo?: string }) {
  const [state, action] = useActionState<FormState<SignUpValues>, FormData>(signUpAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <TextField
        name="name"
        label={labels.name}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={failed?.values.name}
        error={failed?.fieldErrors.name}
      />
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
        hint={labels.passwordHint}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={failed?.fieldErrors.password}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
