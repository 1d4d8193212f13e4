"use client";

import { useActionState } from "react";
import { mergeIdeaAction, type MergeValues } from "@/actions/idea-moderation";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";
import { FormError } from "@/components/forms/form-error";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { PendingButton } from "@/components/forms/pending-button";
import { TextField } from "@/components/forms/text-field";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

export type MergeLabels = { title: string; intro: string; target: string; hint: string; open: string; warning: string; confirm: string; pending: string };

/**
 * Merging a duplicate into the idea whose number the editor types, in two steps (the second says it cannot be
 * undone). The version travels with it, so that a merge decided on a stale view fails; the server checks the rest.
 */
export function MergeForm({ locale, idea, labels }: { locale: Locale; idea: { id: number; version: number }; labels: MergeLabels }) {
  const [state, action] = useActionState<FormState<MergeValues>, FormData>(mergeIdeaAction, initialFormState);
  const failed = state.ok ? undefined : state;
  return (
    <section aria-labelledby={`merge-${idea.id}`} className="space-y-3 border-t border-slate-300 pt-4">
      <h3 id={`merge-${idea.id}`} className="text-lg font-semibold">
        {labels.title}
      </h3>
      <p className="text-sm text-slate-700">{labels.intro}</p>
      <form action={action} noValidate aria-labelledby={`merge-${idea.id}`} className="space-y-3">
        <HiddenFields values={{ locale, id: idea.id, version: idea.version }} />
        <FormError message={failed?.formError} />
        <TextField
          id={`merge-into-${idea.id}`}
          name="into"
          label={labels.target}
          hint={labels.hint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          defaultValue={failed?.values.into}
          error={failed?.fieldErrors.into}
        />
        <ConfirmStep label={labels.open} warning={labels.warning}>
          <PendingButton label={labels.confirm} pendingLabel={labels.pending} className={confirmButtonClass} />
        </ConfirmStep>
      </form>
    </section>
  );
}
