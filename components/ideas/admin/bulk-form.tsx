"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { bulkModerateAction, type ModerationValues } from "@/actions/idea-moderation";
import { FormError } from "@/components/forms/form-error";
import { TextAreaField } from "@/components/forms/text-area-field";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { HiddenFields } from "@/components/forms/hidden-fields";

export const BULK_FORM_ID = "bulk-moderation";
type Labels = { title: string; reason: string; approve: string; reject: string };

function BulkButton({ decision, label, tone }: { decision: string; label: string; tone: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="decision" value={decision} disabled={pending} className={`rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${tone}`}>
      {label}
    </button>
  );
}

/** The checkboxes of the queue belong to this form through their `form` attribute. */
export function BulkForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<ModerationValues>, FormData>(bulkModerateAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <form id={BULK_FORM_ID} action={action} noValidate aria-label={labels.title} className="space-y-3 rounded-xl bg-slate-50 p-4">
      <HiddenFields values={{ locale }} />
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <FormError message={failed?.formError} />
      <TextAreaField id="bulk-reason" name="reason" label={labels.reason} rows={2} maxLength={2000} defaultValue={failed?.values.reason} error={failed?.fieldErrors.reason} />
      <div className="flex flex-wrap gap-3">
        <BulkButton decision="approve" label={labels.approve} tone="bg-azgreen-600 text-white hover:brightness-110" />
        <BulkButton decision="reject" label={labels.reject} tone="border border-azred-600 bg-white text-azred-600 hover:bg-red-50" />
      </div>
    </form>
  );
}
