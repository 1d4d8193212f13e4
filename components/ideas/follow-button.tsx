"use client";

import { useActionState, useEffect } from "react";
import { followIdeaAction, type FollowFormState } from "@/actions/idea-reactions";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

export type FollowLabels = { follow: string; stop: string; pending: string; hint: string };

type Props = { locale: Locale; ideaId: number; following: boolean; returnTo: string; labels: FollowLabels; onDone?: () => void };

/**
 * Follows the idea, or stops: the form says which (`want`), so that pressed
 * twice it does the same thing. Without JavaScript the page comes back with
 * the answer; with it, `onDone` reloads the reader's state.
 */
export function FollowButton({ locale, ideaId, following, returnTo, labels, onDone }: Props) {
  const [state, action] = useActionState<FollowFormState, FormData>(followIdeaAction, initialFormState);
  const pressed = state.ok && "following" in state ? state.following : following;
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);
  const error = state.ok ? undefined : state.formError;
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <HiddenFields values={{ locale, id: ideaId, want: pressed ? "stop" : "follow", returnTo }} />
      <PendingButton
        label={pressed ? labels.stop : labels.follow}
        pendingLabel={labels.pending}
        aria-pressed={pressed}
        aria-describedby={`follow-hint-${ideaId}`}
        className="border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50"
      />
      <p id={`follow-hint-${ideaId}`} className="text-sm text-slate-600">
        {labels.hint}
      </p>
      <p aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </form>
  );
}
