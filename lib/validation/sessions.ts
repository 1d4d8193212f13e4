import { z } from "zod";

/** The account page's session buttons: one session's id, or "others" for every session but this one. */
export const endSessionsSchema = z.object({
  end: z.union([z.literal("others"), z.uuid()], { error: "formInvalid" }),
});
