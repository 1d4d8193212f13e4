"use client";

import { useActionState, useEffect } from "react";
import { cancelRegistrationAction, registerForEventAction, type RegistrationFormState } from "@/actions/agenda-registration";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Props = { locale: Locale; kind: "register" | "cancel"; eventId: string; returnTo: string; label: string; pendingLabel: string; onDone?: () => void };

/**
 * One button: register (or join the waiting list), or cancel. With JavaScript
 * the island around it shows the new state (`onDone` reloads it); without, the
 * page comes back with the answer under the button.
 */
export function RegistrationForm({ locale, kind, eventId, returnTo, label, pendingLabel, onDone }: Props) {
  const action = kind === "register" ? registerForEventAction : cancelRegistrationAction;
  const [state, formAction] = useActionState<RegistrationFormState, FormData>(action, initialFormState);
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);
  return (
    <form action={formAction} className="max-w-xs space-y-2">
      <HiddenFields values={{ locale }} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      <SubmitButton label={label} pendingLabel={pendingLabel} />
    </form>
  );
}
