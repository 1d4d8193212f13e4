"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { deleteAccountAction } from "@/actions/account";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { password: string; submit: string; pending: string };

function DeleteButton({ labels }: { labels: Labels }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-azred-600 px-4 py-2.5 font-semibold text-white hover:bg-red-700 disabled:opacity-70"
    >
      {pending ? labels.pending : labels.submit}
    </button>
  );
}

export function DeleteAccountForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<Record<string, never>>, FormData>(deleteAccountAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <TextField
        name="password"
        id="field-delete-password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={failed?.fieldErrors.password}
      />
      <DeleteButton labels={labels} />
    </form>
  );
}
