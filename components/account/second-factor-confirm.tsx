"use client";

import { useActionState } from "react";
import { confirmEnrolmentAction, type ConfirmState } from "@/actions/second-factor";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { code: string; codeHint: string; submit: string; pending: string; recoveryTitle: string; recoveryIntro: string };

/**
 * The confirmation of an enrolment, then the recovery codes. It stays at the
 * same place in the page once the factor is active, so that the codes the
 * answer carries are shown (once) after the page updates, with or without
 * JavaScript.
 */
export function SecondFactorConfirm({ locale, pending, labels }: { locale: Locale; pending: boolean; labels: Labels }) {
  const [state, action] = useActionState<ConfirmState, FormData>(confirmEnrolmentAction, initialFormState);
  if (state.ok) {
    return (
      <div className="space-y-3 rounded-md border border-azgreen-600 bg-green-50 p-4" role="status">
        <h3 className="font-semibold">{labels.recoveryTitle}</h3>
        <p>{labels.recoveryIntro}</p>
        <ul aria-label={labels.recoveryTitle} className="grid grid-cols-2 gap-2 font-mono text-lg">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (!pending) return null;
  return (
    <form action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={state.formError} />
      <TextField
        name="code"
        id="field-second-factor-confirm"
        label={labels.code}
        hint={labels.codeHint}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        error={state.fieldErrors.code}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
