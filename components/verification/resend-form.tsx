"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/actions/verification";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

export function ResendForm({ locale, labels }: { locale: Locale; labels: { submit: string; pending: string } }) {
  const [state, action] = useActionState<FormState, FormData>(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <HiddenFields values={{ locale }} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <PendingButton label={labels.submit} pendingLabel={labels.pending} className="border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50" />
    </form>
  );
}
