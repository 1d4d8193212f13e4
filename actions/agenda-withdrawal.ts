"use server";

import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { revalidateRegistrations } from "@/server/agenda/revalidate";
import { withdrawByLink } from "@/server/agenda/withdrawal";

/** "I can no longer come", from a reminder's signed link: no sign-in; the page then says what happened. */
export async function withdrawAction(localeArg: Locale, token: string): Promise<void> {
  const locale = localeOf(localeArg);
  const result = await withdrawByLink(String(token));
  if (result.ok) revalidateRegistrations();
  redirect({ href: { pathname: "/agenda/desistement/[token]", params: { token: String(token) }, query: { done: result.ok ? "1" : "0" } }, locale });
}
