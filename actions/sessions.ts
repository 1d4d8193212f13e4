"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/validation/form";
import { endSessionsSchema } from "@/lib/validation/sessions";
import { validatedAction, type Answer } from "@/server/form-action";
import { getCurrentSession } from "@/server/session";
import { endOtherSessions, endOwnSession } from "@/server/user-sessions";

/** "Sign out" of one other session, or of every other one; server/user-sessions.ts keeps it to the caller's own. */
export const endSessionsAction = validatedAction({ schema: endSessionsSchema }, async ({ end }, { locale, t: tErrors, fail }): Answer<FormState> => {
  const caller = await getCurrentSession();
  const result = end === "others" ? await endOtherSessions(caller) : await endOwnSession(caller, end);
  const t = await getTranslations({ locale, namespace: "Sessions" });
  if (!result.ok) return fail(result.reason === "unauthorized" ? tErrors("sessionExpired") : t("notFound"));
  revalidatePath("/[locale]/compte", "page");
  return { ok: true, message: end === "others" ? t("othersEnded", { count: result.ended }) : t("oneEnded") };
});
