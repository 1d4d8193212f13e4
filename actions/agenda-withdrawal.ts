"use server";

import { z } from "zod";
import { revalidateRegistrations } from "@/server/agenda/revalidate";
import { withdrawByLink } from "@/server/agenda/withdrawal";
import { redirectingAction } from "@/server/form-action";

/** "I can no longer come", from a reminder's signed link: no sign-in; the page then says what happened. */
export const withdrawAction = redirectingAction({ schema: z.object({ token: z.string().min(1).max(500) }) }, async ({ token }, { go }) => {
  const result = await withdrawByLink(token);
  if (result.ok) revalidateRegistrations();
  return go({ pathname: "/agenda/desistement/[token]", params: { token }, query: { done: result.ok ? "1" : "0" } });
});
