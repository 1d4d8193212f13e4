import { z } from "zod";

/** The account page's notification buttons: one notification's id, or "all" for every unread one. */
export const markReadSchema = z.object({
  read: z.union([z.literal("all"), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "formInvalid" }),
});

/** The account's mail preference: a checkbox, sent only when ticked. */
// The form sends the checkbox, then a hidden "off" of the same name: the first value read is "on" when it is
// ticked, "off" when not, and a post without the field at all is refused rather than read as "off".
export const ideaMailSchema = z.object({ ideaMail: z.enum(["on", "off"]).transform((value) => value === "on") });
