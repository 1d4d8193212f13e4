import { z } from "zod";

/** The account page's notification buttons: one notification's id, or "all" for every unread one. */
export const markReadSchema = z.object({
  read: z.union([z.literal("all"), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "formInvalid" }),
});

/** The account's mail preference: a checkbox, sent only when ticked. */
export const ideaMailSchema = z.object({ ideaMail: z.literal("on").optional().transform((value) => value === "on") });
