"use server";

import { z } from "zod";
import { revalidateEvent } from "@/server/agenda/revalidate";
import { redirectingAction } from "@/server/form-action";
import { approveJointItem, type ApproveResult } from "@/server/joint/approve";
import { revalidateArticle } from "@/server/news/revalidate";
import { kickNewsSendings } from "@/server/subscriptions/sending";

// The item, and the text the editor read on its page (an approval is for that text only); the data layer checks both.
const approval = z.object({ id: z.string().max(100), textHash: z.string().max(64) });

/** What the editor page says after an approval ("approval" in its address). */
function outcome(result: ApproveResult): string {
  if (result.ok) return result.published ? "published" : "recorded";
  return result.reason === "stale" ? "stale" : "refused";
}

/** Approves a joint article for the caller's signing organisations; the last approval publishes it. */
export const approveArticleAction = redirectingAction({ schema: approval }, async ({ id, textHash }, { caller, go }) => {
  const result = await approveJointItem(caller, "article", id, textHash);
  if (result.ok && result.published) {
    revalidateArticle(result.touched);
    // Its sending, if one was asked for, was waiting for it to be live.
    await kickNewsSendings().catch((error: Error) => console.error(`[jobs] news-sendings not started at once: ${error.message}`));
  }
  return go({ pathname: "/admin/actualites/[id]", params: { id }, query: { approval: outcome(result) } });
});

/** Approves an event of several organisers for the caller's ones; the last approval publishes it. */
export const approveEventAction = redirectingAction({ schema: approval }, async ({ id, textHash }, { caller, go }) => {
  const result = await approveJointItem(caller, "event", id, textHash);
  if (result.ok && result.published) revalidateEvent(result.touched);
  return go({ pathname: "/admin/agenda/[id]", params: { id }, query: { approval: outcome(result) } });
});
