import { z } from "zod";
import { ideaReportReasons } from "@/db/schema/ideas";
import { cleanText, textLength } from "@/lib/ideas/text";
import type messages from "@/messages/fr.json";
import { COMMENT_MAX, COMMENT_MIN, HIDE_REASON_MAX, HIDE_REASON_MIN } from "./idea-comment-limits";

// Messages are keys of `IdeaComments.errors`; the actions translate them.
export type CommentErrorKey = keyof (typeof messages)["IdeaComments"]["errors"];

const id = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2_147_483_647);

const body = z
  .string({ error: "bodyTooShort" })
  .transform(cleanText)
  .refine((v) => textLength(v) >= COMMENT_MIN, "bodyTooShort")
  .refine((v) => textLength(v) <= COMMENT_MAX, "bodyTooLong");

export const commentIdSchema = id;
// The page the form was on (the idea, or a later page of its discussion): the action goes back there.
const returnTo = z.string().max(2_000).optional();

export const postCommentSchema = z.object({
  ideaId: z.string().max(20),
  // The top-level comment answered; absent for a new thread.
  parentId: z.string().max(20).optional(),
  body,
  language: z.enum(["fr", "az"], { error: "languageRequired" }),
  returnTo,
});

export const editCommentSchema = z.object({ commentId: z.string().max(20), body, returnTo });
export const commentRefSchema = z.object({ commentId: z.string().max(20), returnTo });
export const reportCommentSchema = z.object({ commentId: z.string().max(20), reason: z.enum(ideaReportReasons, { error: "reportReasonRequired" }) });
export const hideCommentSchema = z.object({
  commentId: z.string().max(20),
  returnTo,
  reason: z
    .string({ error: "hideReasonRequired" })
    .transform(cleanText)
    .refine((v) => textLength(v) >= HIDE_REASON_MIN, "hideReasonRequired")
    .refine((v) => textLength(v) <= HIDE_REASON_MAX, "hideReasonTooLong"),
});
