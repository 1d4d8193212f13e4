"use client";

import { hideCommentAction, restoreCommentAction } from "@/actions/idea-comments";
import { TextField } from "@/components/forms/text-field";
import type { Locale } from "@/i18n/routing";
import { HIDE_REASON_MAX } from "@/lib/validation/idea-comment-limits";
import { CommentActionForm, refused } from "../comment-action-form";

type Labels = { reason: string; submit: string; pending: string };

/** Hides a comment (or gives the reason of one the reports hid): the reason is for its author. */
export function HideCommentForm({ locale, commentId, returnTo, labels }: { locale: Locale; commentId: number; returnTo: string; labels: Labels }) {
  return (
    <CommentActionForm
      action={hideCommentAction}
      hidden={{ locale, commentId, returnTo }}
      submit={labels.submit}
      pending={labels.pending}
      buttonClass="bg-azred-600 text-white hover:brightness-110"
      className="space-y-2"
      fields={(state) => {
        const { errors, values } = refused(state);
        return <TextField id={`hide-${commentId}-reason`} name="reason" label={labels.reason} error={errors.reason} maxLength={HIDE_REASON_MAX} defaultValue={values.reason} />;
      }}
    />
  );
}

/** Puts a comment back (or keeps a reported one): its reports are rejected and it can no longer be reported. */
export function RestoreCommentForm({ locale, commentId, labels }: { locale: Locale; commentId: number; labels: Omit<Labels, "reason"> }) {
  return <CommentActionForm action={restoreCommentAction} hidden={{ locale, commentId }} submit={labels.submit} pending={labels.pending} className="space-y-2" />;
}
