"use client";

import { useActionState } from "react";
import { reportIdeaAction } from "@/actions/idea-reactions";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

export type ReportLabels = { title: string; reason: string; choose: string; submit: string; pending: string };

export function ReportForm({ locale, ideaId, reasons, labels }: { locale: Locale; ideaId: number; reasons: { value: string; label: string }[]; labels: ReportLabels }) {
  const [state, action] = useActionState<FormState, FormData>(reportIdeaAction, initialFormState);
  if (state.ok) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 font-medium text-azgreen-600">
        {state.message}
      </p>
    );
  }
  const error = state.fieldErrors.reason;
  return (
    // Open again when the answer is a refusal: without JavaScript the page comes back closed otherwise, its message unseen.
    <details open={state.formError || error ? true : undefined} className="rounded-lg border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-slate-700">{labels.title}</summary>
      <form action={action} noValidate className="mt-3 space-y-3">
        <HiddenFields values={{ locale, id: ideaId }} />
        <FormError message={state.formError} />
        <div>
          <label htmlFor={`report-reason-${ideaId}`} className="block font-medium">
            {labels.reason}
          </label>
          <select
            id={`report-reason-${ideaId}`}
            name="reason"
            required
            defaultValue=""
            aria-invalid={error ? true : undefined}
            aria-describedby={`report-reason-${ideaId}-error`}
            className="mt-1 block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="" disabled>
              {labels.choose}
            </option>
            {reasons.map((reason) => (
              <option key={reason.value} value={reason.value}>
                {reason.label}
              </option>
            ))}
          </select>
          <p id={`report-reason-${ideaId}-error`} aria-live="polite" className="text-sm font-medium text-azred-600">
            {error}
          </p>
        </div>
        <PendingButton label={labels.submit} pendingLabel={labels.pending} className="border border-slate-300 bg-white text-slate-800 hover:bg-slate-100" />
      </form>
    </details>
  );
}
