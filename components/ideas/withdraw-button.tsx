"use client";

import { useActionState } from "react";
import { withdrawIdeaAction } from "@/actions/ideas";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";

type Labels = { withdraw: string; warning: string; confirm: string; pending: string };

/** Withdrawing asks once more before it happens. */
export function WithdrawButton({ locale, ideaId, labels }: { locale: Locale; ideaId: number; labels: Labels }) {
  const [state, action] = useActionState<FormState, FormData>(withdrawIdeaAction, initialFormState);
  if (state.ok) return <p role="status" className="text-sm font-medium text-azgreen-600">{state.message}</p>;
  return (
    <ConfirmStep label={labels.withdraw} warning={labels.warning} className="inline-block">
      <form action={action}>
        <HiddenFields values={{ locale, id: ideaId }} />
        <PendingButton label={labels.confirm} pendingLabel={labels.pending} className={confirmButtonClass} />
        {state.formError && (
          <p aria-live="polite" className="mt-1 text-sm font-medium text-azred-600">
            {state.formError}
          </p>
        )}
      </form>
    </ConfirmStep>
  );
}
