"use client";

import { useActionState } from "react";
import { cancelRegistrationAction, registerForEventAction, type RegistrationFormState } from "@/actions/agenda-registration";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { SubmitButton } from "../forms/submit-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Props = { locale: Locale; kind: "register" | "cancel"; eventId: string; returnTo: string; label: string; pendingLabel: string };

/** One button: register (or join the waiting list), or cancel. The page around it shows the new state. */
export function RegistrationForm({ locale, kind, eventId, returnTo, label, pendingLabel }: Props) {
  const action = kind === "register" ? registerForEventAction : cancelRegistrationAction;
  const [state, formAction] = useActionState<RegistrationFormState, FormData>(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xs space-y-2">
      <HiddenFields values={{ locale }} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError message={state.ok ? undefined : state.formError} />
      <SubmitButton label={label} pendingLabel={pendingLabel} />
    </form>
  );
}
