"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/server/session";
import { retryFailedMail } from "@/server/jobs/queue-status";

const retrySchema = z.object({ mailId: z.string().uuid() });

/** An admin sends a mail that failed for good once more; the page then shows it waiting, sent, or failed again. */
export async function retryMailAction(formData: FormData): Promise<void> {
  const parsed = retrySchema.safeParse({ mailId: formData.get("mailId") });
  if (!parsed.success) return;
  if (await retryFailedMail(await getCurrentUser(), parsed.data.mailId)) revalidatePath("/[locale]/admin/courrier", "page");
}
