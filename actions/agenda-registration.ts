"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { safeReturnPath } from "@/lib/safe-redirect";
import { parseForm, type FormState } from "@/lib/validation/form";
import { cancelRegistration, registerForEvent } from "@/server/agenda/registrations";
import { revalidateRegistrations } from "@/server/agenda/revalidate";
import { getCurrentUser } from "@/server/session";

const registrationSchema = z.object({
  eventId: z.uuid({ error: "formInvalid" }),
  // The event's page, to come back to after signing in.
  returnTo: z.string().max(2000).optional(),
});

export type RegistrationFormState = FormState<Record<string, never>>;

async function run(localeArg: Locale, formData: FormData, kind: "register" | "cancel"): Promise<RegistrationFormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "Agenda.registration" });
  const parsed = parseForm(registrationSchema, formData);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: t("errors.notFound"), values: {} };
  const caller = await getCurrentUser();
  // A session that ended meanwhile: sign in again, then back to the event.
  if (!caller) {
    const returnTo = safeReturnPath(parsed.data.returnTo, getPathname({ href: "/agenda", locale }));
    return redirect({ href: { pathname: "/connexion", query: { callbackUrl: returnTo } }, locale });
  }
  const result = kind === "register" ? await registerForEvent(caller, parsed.data.eventId) : await cancelRegistration(caller, parsed.data.eventId);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(`errors.${result.reason}`), values: {} };
  revalidateRegistrations();
  if ("status" in result) return { ok: true, message: result.status === "registered" ? t("registered") : t("waitlisted", { place: result.place }) };
  return { ok: true, message: t("cancelled") };
}

/** One click: a place, or a place in line once the capacity is reached. */
export async function registerForEventAction(locale: Locale, _previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  return run(locale, formData, "register");
}

/** Gives the place back (or leaves the waiting list); the first in line moves up. */
export async function cancelRegistrationAction(locale: Locale, _previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  return run(locale, formData, "cancel");
}
