"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/validation/form";
import { ideaMailSchema, markReadSchema } from "@/lib/validation/notifications";
import { validatedAction, type Answer } from "@/server/form-action";
import { markAllNotificationsRead, markNotificationRead, setIdeaMail } from "@/server/notifications";

/** "Mark as read", one notification or all of them; server/notifications.ts keeps it to the caller's own. */
export const markNotificationsReadAction = validatedAction({ schema: markReadSchema }, async ({ read }, { caller, locale, t: tErrors, fail }): Answer<FormState> => {
  const result = read === "all" ? await markAllNotificationsRead(caller) : await markNotificationRead(caller, read);
  const t = await getTranslations({ locale, namespace: "Notifications" });
  if (!result.ok) return fail(result.reason === "signedOut" ? tErrors("sessionExpired") : t("notFound"));
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, message: read === "all" ? t("allMarked", { count: result.marked }) : t("oneMarked") };
});

/** The member's choice: a mail too (at most one a day per idea), or the account only. */
export const setIdeaMailAction = validatedAction({ schema: ideaMailSchema }, async ({ ideaMail }, { caller, locale, t: tErrors, fail }): Answer<FormState> => {
  const result = await setIdeaMail(caller, ideaMail);
  if (!result.ok) return fail(tErrors("sessionExpired"));
  const t = await getTranslations({ locale, namespace: "Notifications.mail" });
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, message: ideaMail ? t("on") : t("off") };
});
