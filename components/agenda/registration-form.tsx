"use client";

import { useActionState, useEffect } from "react";
import { cancelRegistrationAction, registerForEventAction, type RegistrationFormState } from "@/actions/agenda-registration";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";
import { PendingButton } from "@/components/forms/pending-button";

/** Cancelling (or leaving the waiting list) asks first: `confirm` is the second step's wording. */
type Confirm = { label: string; warning: string };
type Props = { locale: Locale; kind: "register" | "cancel"; eventId: string; returnTo: string; label: string; pendingLabel: string; confirm?: Confirm; onDone?: () => void };

/**
 * One button: register (or join the waiting list), or cancel. With JavaScript
 * the island around it shows the new state (`onDone` reloads it); without, the
 * page comes back with the answer under the button.
 */
export function RegistrationForm({ locale, kind, eventId, returnTo, label, pendingLabel, confirm, onDone }: Props) {
  const action = kind === "register" ? registerForEventAction : cancelRegistrationAction;
  const [state, formAction] = useActionState<RegistrationFormState, FormData>(action, initialFormState);
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);
  const fields = (
    <>
      <HiddenFields values={{ locale }} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
    </>
  );
  if (kind === "cancel" && confirm) {
    return (
      <ConfirmStep label={label} warning={confirm.warning} className="max-w-xs">
        <form action={formAction} className="space-y-2">
          {fields}
          <PendingButton label={confirm.label} pendingLabel={pendingLabel} className={confirmButtonClass} />
        </form>
      </ConfirmStep>
    );
  }
  return (
    <form action={formAction} className="max-w-xs space-y-2">
      {fields}
      <SubmitButton label={label} pendingLabel={pendingLabel} />
    </form>
  );
}
