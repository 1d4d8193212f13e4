"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { moderateIdeaAction, type ModerationOrigin, type ModerationValues } from "@/actions/idea-moderation";
import { FormError } from "@/components/forms/form-error";
import { TextAreaField } from "@/components/forms/text-area-field";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { HiddenFields } from "@/components/forms/hidden-fields";

export type ModerationLabels = {
  approve: string;
  restore: string;
  reject: string;
  reasonLabel: string;
  retain: string;
  answerLabel: string;
  legend: string;
  answerAs: string;
  /** The organisations the editor may answer for: the answer is signed by the one chosen. */
  organisations: { value: string; label: string }[];
};
type Target = { id: number; version: number; inQueue: boolean; hidden: boolean };

function DecisionButton({ decision, label, tone }: { decision: string; label: string; tone: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="decision" value={decision} disabled={pending} className={`rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${tone}`}>
      {label}
    </button>
  );
}

/** One form, three decisions; the version travels with it so that a stale view cannot overwrite. */
export function ModerationForm({ locale, origin, idea, labels }: { locale: Locale; origin: ModerationOrigin; idea: Target; labels: ModerationLabels }) {
  const [state, action] = useActionState<FormState<ModerationValues>, FormData>(moderateIdeaAction, initialFormState);
  const failed = state.ok ? undefined : state;
  const field = (name: string) => `${name}-${idea.id}`;
  return (
    <form action={action} noValidate aria-label={labels.legend} className="space-y-4">
      <HiddenFields values={{ locale, origin }} />
      <input type="hidden" name="id" value={idea.id} />
      <input type="hidden" name="version" value={idea.version} />
      <FormError message={failed?.formError} />
      {idea.inQueue && (
        <>
          <DecisionButton decision="approve" label={idea.hidden ? labels.restore : labels.approve} tone="bg-azgreen-600 text-white hover:brightness-110" />
          <div className="space-y-2">
            <TextAreaField id={field("reason")} name="reason" label={labels.reasonLabel} rows={2} maxLength={2000} defaultValue={failed?.values.reason} error={failed?.fieldErrors.reason} />
            <DecisionButton decision="reject" label={labels.reject} tone="border border-azred-600 bg-white text-azred-600 hover:bg-red-50" />
          </div>
        </>
      )}
      <div className="space-y-2">
        <div className="space-y-1">
          <label htmlFor={field("organisation")} className="block font-medium">
            {labels.answerAs}
          </label>
          <select id={field("organisation")} name="organisation" defaultValue={failed?.values.organisation ?? labels.organisations[0]?.value} aria-describedby={failed?.fieldErrors.organisation ? `${field("organisation")}-error` : undefined} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
            {labels.organisations.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <p id={`${field("organisation")}-error`} aria-live="polite" className="text-sm font-medium text-azred-600">
            {failed?.fieldErrors.organisation}
          </p>
        </div>
        <TextAreaField id={field("answer")} name="answer" label={labels.answerLabel} rows={2} maxLength={2000} defaultValue={failed?.values.answer} error={failed?.fieldErrors.answer} />
        <DecisionButton decision="retain" label={labels.retain} tone="border border-azgreen-600 bg-white text-azgreen-600 hover:bg-green-50" />
      </div>
    </form>
  );
}
