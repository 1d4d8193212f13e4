"use client";

import { useActionState } from "react";
import { toggleSupportAction } from "@/actions/idea-reactions";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { add: string; remove: string; pending: string };

/** The count comes from the server after each toggle (the action revalidates the page). */
export function SupportButton({ locale, ideaId, supported, labels }: { locale: Locale; ideaId: number; supported: boolean; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(toggleSupportAction, initialFormState);
  const error = state.ok ? undefined : state.formError;
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <HiddenFields values={{ locale, id: ideaId }} />
      <PendingButton
        label={supported ? labels.remove : labels.add}
        pendingLabel={labels.pending}
        aria-pressed={supported}
        className={supported ? "border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50" : "bg-azblue-600 text-white hover:bg-azblue-700"}
      />
      <p aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </form>
  );
}
