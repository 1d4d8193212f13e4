"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirectingAction } from "@/server/form-action";
import { checkRemindersNow, retryFailedMail } from "@/server/jobs/queue-status";

/** An admin sends a mail that failed for good once more; the page then shows it waiting, sent, or failed again. */
export const retryMailAction = redirectingAction({ schema: z.object({ mailId: z.uuid() }) }, async ({ mailId }, { caller, go }) => {
  if (await retryFailedMail(caller, mailId)) revalidatePath("/[locale]/admin/courrier", "page");
  return go("/admin/courrier");
});

/** An admin has the due event reminders looked for now; the page then shows them in the outbox. */
export const checkRemindersAction = redirectingAction({ schema: z.object({}) }, async (_data, { caller, go }) => {
  const queued = await checkRemindersNow(caller);
  return go({ pathname: "/admin/courrier", query: queued ? { reminders: "1" } : {} });
});
