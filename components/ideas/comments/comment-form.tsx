"use client";

import { postCommentAction } from "@/actions/idea-comments";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import type { Locale } from "@/i18n/routing";
import { COMMENT_MAX } from "@/lib/validation/idea-comment-limits";
import { CommentActionForm, refused } from "./comment-action-form";

export type CommentFormLabels = { body: string; help: string; language: string; languages: { fr: string; az: string }; submit: string; pending: string };

type Props = { locale: Locale; ideaId: number; parentId?: number; returnTo: string; labels: CommentFormLabels };

/** A new comment, or a reply to a top-level comment: the text, its language (the page's by default), publish. */
export function CommentForm({ locale, ideaId, parentId, returnTo, labels }: Props) {
  const id = parentId ? `reply-${parentId}` : `comment-new-${ideaId}`;
  return (
    <CommentActionForm
      action={postCommentAction}
      hidden={{ locale, ideaId, parentId, returnTo }}
      submit={labels.submit}
      pending={labels.pending}
      buttonClass="bg-azblue-600 text-white hover:bg-azblue-700"
      fields={(state) => {
        const { errors, values } = refused(state);
        return (
          <>
            <TextAreaField id={`${id}-body`} name="body" label={labels.body} hint={labels.help} error={errors.body} rows={parentId ? 3 : 4} maxLength={COMMENT_MAX} required defaultValue={values.body} />
            <SelectField
              id={`${id}-language`}
              name="language"
              label={labels.language}
              error={errors.language}
              defaultValue={values.language ?? locale}
              options={(["fr", "az"] as const).map((value) => ({ value, label: labels.languages[value], lang: value }))}
            />
          </>
        );
      }}
    />
  );
}
