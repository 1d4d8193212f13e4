"use client";

import { useActionState, useEffect } from "react";
import { toggleSupportAction, type SupportFormState } from "@/actions/idea-reactions";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Labels = { add: string; remove: string; pending: string };

/**
 * Supports, or takes the support back: the form says which (`want`), so a page
 * that does not know the reader yet never undoes a support. The count comes
 * from the server after each change (the action revalidates the page);
 * `onDone` reloads the reader's state.
 */
type Props = { locale: Locale; ideaId: number; supported: boolean; returnTo: string; labels: Labels; onDone?: () => void };

export function SupportButton({ locale, ideaId, supported, returnTo, labels, onDone }: Props) {
  const [state, action] = useActionState<SupportFormState, FormData>(toggleSupportAction, initialFormState);
  // The answer says where the support stands: without JavaScript the page comes back with it.
  const pressed = state.ok && "supported" in state ? state.supported : supported;
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);
  const error = state.ok ? undefined : state.formError;
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <HiddenFields values={{ locale, id: ideaId, want: pressed ? "remove" : "add", returnTo }} />
      <PendingButton
        label={pressed ? labels.remove : labels.add}
        pendingLabel={labels.pending}
        aria-pressed={pressed}
        className={pressed ? "border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50" : "bg-azblue-600 text-white hover:bg-azblue-700"}
      />
      <p aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </form>
  );
}
