"use client";

import { useActionState } from "react";
import { setIdeaMailAction } from "@/actions/notifications";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { HiddenFields } from "../forms/hidden-fields";
import { PendingButton } from "../forms/pending-button";

type Labels = { legend: string; checkbox: string; hint: string; save: string; pending: string };

/** Whether the member also gets a mail when an idea they follow has news; a plain post works without JavaScript. */
export function IdeaMailForm({ locale, enabled, labels }: { locale: Locale; enabled: boolean; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(setIdeaMailAction, initialFormState);
  return (
    <form action={action} className="mt-6 space-y-3 border-t border-slate-200 pt-4">
      <HiddenFields values={{ locale }} />
      <fieldset>
        <legend className="font-semibold">{labels.legend}</legend>
        <label className="mt-2 flex items-start gap-2">
          <input type="checkbox" name="ideaMail" defaultChecked={enabled} aria-describedby="idea-mail-hint" className="mt-1 size-4" />
          <span>{labels.checkbox}</span>
        </label>
        {/* Read only when the box is not ticked (the first value wins): see ideaMailSchema. */}
        <input type="hidden" name="ideaMail" value="off" />
        <p id="idea-mail-hint" className="mt-1 text-sm text-slate-600">
          {labels.hint}
        </p>
      </fieldset>
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <PendingButton label={labels.save} pendingLabel={labels.pending} className="border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50" />
    </form>
  );
}
