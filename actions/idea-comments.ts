"use server";

import { revalidateIdeaPages } from "@/server/ideas/revalidate";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { safeReturnPath } from "@/lib/safe-redirect";
import type { FormState } from "@/lib/validation/form";
import { commentIdSchema, commentRefSchema, editCommentSchema, hideCommentSchema, postCommentSchema, reportCommentSchema, type CommentErrorKey } from "@/lib/validation/idea-comments";
import { ideaIdSchema } from "@/lib/validation/ideas";
import messages from "@/messages/fr.json";
import { validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { hideComment, restoreComment, toggleOfficialAnswer } from "@/server/ideas/comments/moderation";
import { reportComment } from "@/server/ideas/comments/report";
import { deleteComment, editComment, postComment } from "@/server/ideas/comments/write";

const commentErrors: Catalogue<CommentErrorKey> = { namespace: "IdeaComments.errors", keys: messages.IdeaComments.errors, fallback: "formInvalid" };

/** Back to the page the form was on (the idea, or a later page of its discussion), at the comment. */
function backTo(ideaId: number, locale: Locale, requested: string | undefined, commentId?: number): string {
  const idea = getPathname({ href: { pathname: "/centenaire/[id]", params: { id: String(ideaId) } }, locale });
  const back = safeReturnPath(requested, idea);
  const path = back === idea || back.startsWith(`${idea}?`) ? back.split("#")[0] : idea;
  return commentId ? `${path}#comment-${commentId}` : path;
}

// Pages are cached whole: a change to a discussion revalidates the ideas' pages (and the gallery's counts).
function revalidateIdeas() {
  revalidateIdeaPages();
}

export const postCommentAction = validatedAction(
  { schema: postCommentSchema, messages: commentErrors, keep: ["body", "language"], keepMaxLength: 4_000 },
  async (data, { caller, t, fail, go, goTo, locale }): Answer<FormState> => {
    const ideaId = ideaIdSchema.safeParse(data.ideaId);
    const parentId = data.parentId ? commentIdSchema.safeParse(data.parentId) : undefined;
    if (!ideaId.success || parentId?.success === false) return fail(t("notFound"));
    // A visitor who wrote a comment is sent to sign in and back to the idea.
    if (!caller) return go({ pathname: "/connexion", query: { callbackUrl: backTo(ideaId.data, locale, data.returnTo) } });
    const result = await postComment(caller, { ideaId: ideaId.data, parentId: parentId?.data, body: data.body, language: data.language });
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return goTo(backTo(result.ideaId, locale, data.returnTo, result.commentId));
  },
);

export const editCommentAction = validatedAction(
  { schema: editCommentSchema, messages: commentErrors, keep: ["body"], keepMaxLength: 4_000 },
  async (data, { caller, t, fail, goTo, locale }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await editComment(caller, id.data, data.body) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return goTo(backTo(result.ideaId, locale, data.returnTo, result.commentId));
  },
);

export const deleteCommentAction = validatedAction(
  { schema: commentRefSchema, messages: commentErrors },
  async (data, { caller, t, fail, goTo, locale }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await deleteComment(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return goTo(backTo(result.ideaId, locale, data.returnTo));
  },
);

export const reportCommentAction = validatedAction(
  { schema: reportCommentSchema, messages: { ...commentErrors, fallback: "reportReasonRequired" } },
  async (data, { caller, t, fail, locale }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await reportComment(caller, id.data, data.reason) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    if (result.hidden) revalidateIdeas();
    return { ok: true, message: (await getTranslations({ locale, namespace: "IdeaComments" }))("reported") };
  },
);

export const hideCommentAction = validatedAction(
  { schema: hideCommentSchema, messages: commentErrors, keep: ["reason"] },
  async (data, { caller, t, fail, goTo, locale }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await hideComment(caller, id.data, data.reason) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    // From the moderation page, back to it; from the idea, back to the idea.
    const admin = getPathname({ href: "/admin/commentaires", locale });
    const back = safeReturnPath(data.returnTo, "");
    return goTo(back === admin || back.startsWith(`${admin}?`) ? back : backTo(result.ideaId, locale, data.returnTo));
  },
);

export const restoreCommentAction = validatedAction(
  { schema: commentRefSchema, messages: commentErrors },
  async (data, { caller, t, fail, go }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await restoreComment(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return go({ pathname: "/admin/commentaires", query: { done: "restored" } });
  },
);

export const toggleOfficialAnswerAction = validatedAction(
  { schema: commentRefSchema, messages: commentErrors },
  async (data, { caller, t, fail, goTo, locale }): Answer<FormState> => {
    const id = commentIdSchema.safeParse(data.commentId);
    const result = id.success ? await toggleOfficialAnswer(caller, id.data) : ({ ok: false, reason: "notFound" } as const);
    if (!result.ok) return fail(t(result.reason));
    revalidateIdeas();
    return goTo(backTo(result.ideaId, locale, data.returnTo, id.success ? id.data : undefined));
  },
);
