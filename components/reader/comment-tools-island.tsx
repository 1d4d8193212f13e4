"use client";

import { deleteCommentAction, editCommentAction, hideCommentAction, reportCommentAction, toggleOfficialAnswerAction } from "@/actions/idea-comments";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { Locale } from "@/i18n/routing";
import { COMMENT_MAX, HIDE_REASON_MAX } from "@/lib/validation/idea-comment-limits";
import { CommentActionForm, refused } from "../ideas/comments/comment-action-form";
import { useReader } from "./use-reader";

export type CommentToolsLabels = {
  edit: string; editTitle: string; editUntil: string; save: string; saving: string; delete: string; deleting: string;
  report: string; reportTitle: string; reason: string; choose: string; sendReport: string; sending: string;
  hide: string; hideTitle: string; hideReason: string; hideSubmit: string; markOfficial: string; unmarkOfficial: string;
  body: string; hiddenReason: string; hiddenByReports: string;
};

type Props = {
  locale: Locale;
  commentId: number;
  /** The comment as the page shows it: whether it is visible, an editor's, the official answer. */
  comment: { visible: boolean; byEditor: boolean; official: boolean };
  query: string;
  returnTo: string;
  reasons: { value: string; label: string }[];
  labels: CommentToolsLabels;
};

/** A tool that needs words (edit, hide, report): its form folded under its name until opened. */
function FoldedForm({ label, ...form }: { label: string } & Omit<React.ComponentProps<typeof CommentActionForm>, "className">) {
  return (
    <details className="w-full">
      <summary className="cursor-pointer text-sm font-medium text-slate-700 underline underline-offset-2">{label}</summary>
      <CommentActionForm {...form} className="mt-2 space-y-2" />
    </details>
  );
}

/**
 * What the reader may do with one comment, from /api/reader: its author edits
 * it (within 15 minutes) and deletes it, and reads why an editor hid it; an
 * editor hides it or marks an editor's comment as the official answer; another
 * member reports it. Until the answer comes (and without JavaScript): nothing.
 */
export function CommentToolsIsland({ locale, commentId, comment, query, returnTo, reasons, labels }: Props) {
  const [reader] = useReader(query);
  const user = reader?.user;
  if (!user) return null;
  const mine = reader.comments?.mine[commentId];
  const editor = user.role === "editor" || user.role === "admin";
  const id = `comment-${commentId}`;
  const hidden = { locale, commentId, returnTo };
  const tools: React.ReactNode[] = [];

  if (mine && "hiddenReason" in mine) {
    tools.push(
      <p key="hidden" role="note" className="w-full rounded-md bg-amber-50 px-3 py-2 text-sm text-slate-800">
        {mine.hiddenReason ? labels.hiddenReason.replace("{reason}", mine.hiddenReason) : labels.hiddenByReports}
      </p>,
    );
  }
  if (mine && mine.editableUntil && comment.visible) {
    const draft = mine.body;
    const until = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(mine.editableUntil));
    tools.push(
      <FoldedForm
        key="edit"
        label={labels.edit}
        action={editCommentAction}
        hidden={hidden}
        submit={labels.save}
        pending={labels.saving}
        fields={(state) => {
          const { errors, values } = refused(state);
          return <TextAreaField id={`${id}-edit`} name="body" label={labels.editTitle} hint={labels.editUntil.replace("{time}", until)} error={errors.body} rows={3} maxLength={COMMENT_MAX} defaultValue={values.body ?? draft} />;
        }}
      />,
    );
  }
  if (mine) {
    tools.push(<CommentActionForm key="delete" action={deleteCommentAction} hidden={hidden} submit={labels.delete} pending={labels.deleting} className="space-y-2" />);
  }
  if (editor && comment.visible) {
    if (comment.byEditor) {
      tools.push(
        <CommentActionForm key="official" action={toggleOfficialAnswerAction} hidden={hidden} submit={comment.official ? labels.unmarkOfficial : labels.markOfficial} pending={labels.saving} className="space-y-2" />,
      );
    }
    tools.push(
      <FoldedForm
        key="hide"
        label={labels.hide}
        action={hideCommentAction}
        hidden={hidden}
        submit={labels.hideSubmit}
        pending={labels.saving}
        fields={(state) => {
          const { errors, values } = refused(state);
          return <TextField id={`${id}-hide-reason`} name="reason" label={labels.hideReason} error={errors.reason} maxLength={HIDE_REASON_MAX} defaultValue={values.reason} />;
        }}
      />,
    );
  }
  if (!mine && !editor && comment.visible) {
    tools.push(
      <FoldedForm
        key="report"
        label={labels.report}
        action={reportCommentAction}
        hidden={{ locale, commentId }}
        submit={labels.sendReport}
        pending={labels.sending}
        fields={(state) => (
          <SelectField id={`${id}-report-reason`} name="reason" label={labels.reason} error={refused(state).errors.reason} defaultValue="" options={[{ value: "", label: labels.choose }, ...reasons]} />
        )}
      />,
    );
  }
  if (tools.length === 0) return null;
  return <div className="mt-2 flex flex-wrap items-start gap-3">{tools}</div>;
}
