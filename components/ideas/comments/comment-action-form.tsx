"use client";

import { useActionState, type ReactNode } from "react";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { FormError } from "@/components/forms/form-error";
import { PendingButton } from "@/components/forms/pending-button";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number | undefined>;
  submit: string;
  pending: string;
  /** The form's fields, given the last answer (its errors and the values as typed). */
  fields?: (state: FormState) => ReactNode;
  buttonClass?: string;
  className?: string;
};

const quiet = "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100";

/**
 * One small form of the discussion (reply, edit, delete, report, hide,
 * official answer): a server action with `useActionState`, so that it works
 * the same without JavaScript; its refusal said above its fields.
 */
export function CommentActionForm({ action, hidden, submit, pending, fields, buttonClass = quiet, className = "space-y-3" }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(action, initialFormState);
  if (state.ok && state.message) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 font-medium text-azgreen-600">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} noValidate className={className}>
      <HiddenFields values={hidden} />
      <FormError message={state.ok ? undefined : state.formError} />
      {fields?.(state)}
      <PendingButton label={submit} pendingLabel={pending} className={`px-3 py-1.5 text-sm ${buttonClass}`} />
    </form>
  );
}

/** The errors and kept values of a refused answer, for the fields. */
export function refused(state: FormState): { errors: Record<string, string | undefined>; values: Record<string, string | undefined> } {
  return state.ok ? { errors: {}, values: {} } : { errors: state.fieldErrors, values: state.values };
}
