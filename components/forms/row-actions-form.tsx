"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "./form-error";
import { FormSuccess } from "./form-success";
import { HiddenFields } from "./hidden-fields";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * One form around a list whose rows each have a button, plus one for all of
 * them (the sessions to end, the notifications to mark read): the button
 * pressed names the row (`RowButton`), so a plain post works without
 * JavaScript. The outcome is shown above the list, where the reader is.
 */
export function RowActionsForm({ action, locale, children }: { action: Action; locale: Locale; children: ReactNode }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <HiddenFields values={{ locale }} />
      <FormError message={state.ok ? undefined : state.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} />
      {children}
    </form>
  );
}

const tones = {
  blue: "border-azblue-600 text-azblue-700 hover:bg-azblue-50",
  red: "border-azred-600 text-azred-600 hover:bg-red-50",
} as const;

type ButtonProps = { name: string; value: string; label: string; pendingLabel: string; ariaLabel?: string; tone?: keyof typeof tones; className?: string };

/** A button of a RowActionsForm: while the form is on its way, the one pressed says it is working, and none can be pressed again. */
export function RowButton({ name, value, label, pendingLabel, ariaLabel, tone = "blue", className = "" }: ButtonProps) {
  const status = useFormStatus();
  const mine = status.pending && status.data?.get(name) === value;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={status.pending}
      aria-label={ariaLabel}
      className={`whitespace-nowrap rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-70 ${tones[tone]} ${className}`}
    >
      {mine ? pendingLabel : label}
    </button>
  );
}
