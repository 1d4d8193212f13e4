"use client";

import { useActionState, useEffect } from "react";
import { followIdeaAction, toggleSupportAction, type FollowFormState, type SupportFormState } from "@/actions/idea-reactions";
import type { Locale } from "@/i18n/routing";
import { initialFormState } from "@/lib/validation/form-state";
import { PendingButton } from "@/components/forms/pending-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

/** What a reader does about an idea with one button that stays pressed: support it, or follow it. */
export type Reaction = "support" | "follow";

/** `press`: the button's words while not pressed (what it will do); `release`: while pressed. */
export type ReactionLabels = { press: string; release: string; pending: string; hint?: string };

const reactions = {
  support: { action: toggleSupportAction, answer: "supported", want: ["add", "remove"], filled: true },
  follow: { action: followIdeaAction, answer: "following", want: ["follow", "stop"], filled: false },
} as const;

const outline = "border border-azblue-600 bg-white text-azblue-700 hover:bg-azblue-50";

type Props = { reaction: Reaction; locale: Locale; ideaId: number; pressed: boolean; returnTo: string; labels: ReactionLabels; onDone?: () => void };

/**
 * Supports or follows the idea, or takes it back: the form says which
 * (`want`), so that pressed twice, or on a page that does not know the reader
 * yet, it does the same thing and never undoes what the reader did. Without
 * JavaScript the page comes back with the answer; with it, `onDone` reloads
 * the reader's state (the support count comes from the revalidated page).
 */
export function ReactionToggle({ reaction, locale, ideaId, pressed: initial, returnTo, labels, onDone }: Props) {
  const { action: serverAction, answer, want, filled } = reactions[reaction];
  const [state, action] = useActionState<SupportFormState | FollowFormState, FormData>(serverAction, initialFormState);
  // The answer says where the reader now stands.
  const pressed = state.ok && answer in state ? (state as Record<string, unknown>)[answer] === true : initial;
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);
  const error = state.ok ? undefined : state.formError;
  const hintId = labels.hint ? `${reaction}-hint-${ideaId}` : undefined;
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <HiddenFields values={{ locale, id: ideaId, want: pressed ? want[1] : want[0], returnTo }} />
      <PendingButton
        label={pressed ? labels.release : labels.press}
        pendingLabel={labels.pending}
        aria-pressed={pressed}
        aria-describedby={hintId}
        className={filled && !pressed ? "bg-azblue-600 text-white hover:bg-azblue-700" : outline}
      />
      {labels.hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {labels.hint}
        </p>
      )}
      <p aria-live="polite" className="text-sm font-medium text-azred-600">
        {error}
      </p>
    </form>
  );
}
