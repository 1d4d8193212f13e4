"use client";

import { useActionState } from "react";
import { signInAction, type SignInValues } from "@/actions/auth";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { email: string; password: string; submit: string; pending: string };
export type CodeLabels = { intro: string; code: string; codeHint: string; submit: string; pending: string; startOver: string; startOverHref: string };

export function SignInForm({ locale, callbackUrl, labels, codeLabels }: { locale: Locale; callbackUrl?: string; labels: Labels; codeLabels: CodeLabels }) {
  const [state, action] = useActionState<FormState<SignInValues>, FormData>(
    signInAction,
    initialFormState,
  );
  const failed = state.ok ? undefined : state;
  // The password was right: the same form now asks for the code, carrying the email and the ticket.
  if (failed?.values.ticket) {
    const email = failed.values.email ?? "";
    return (
      <form action={action} noValidate className="space-y-4">
        <HiddenFields values={{ locale, callbackUrl }} />
        <FormError message={failed.formError} />
        <p>{codeLabels.intro.replace("{email}", email)}</p>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="ticket" value={failed.values.ticket} />
        <TextField
          name="code"
          label={codeLabels.code}
          hint={codeLabels.codeHint}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          error={failed.fieldErrors.code}
        />
        <SubmitButton label={codeLabels.submit} pendingLabel={codeLabels.pending} />
        <p>
          <a href={codeLabels.startOverHref} className="font-medium text-azblue-700 underline underline-offset-2">
            {codeLabels.startOver}
          </a>
        </p>
      </form>
    );
  }
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale, callbackUrl }} />
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
