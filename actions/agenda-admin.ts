"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localeOf } from "@/lib/locale-arg";
import { eventFields, parseEventForm } from "@/lib/validation/event";
import { keepValues, translateFieldErrors, type FormState } from "@/lib/validation/form";
import { readRevision } from "@/lib/validation/revision";
import { canEditAgenda } from "@/server/agenda/access";
import { cancelEvent } from "@/server/agenda/cancel-event";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { revalidateEvent } from "@/server/agenda/revalidate";
import { getCurrentUser } from "@/server/session";

export type EventValues = Record<(typeof eventFields)[number], string>;
export type EventFormState = FormState<EventValues>;

/** Creates (eventId null) or updates an event. The data layer checks the caller's role again. */
export async function saveEventAction(localeArg: Locale, eventId: string | null, _previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const locale = localeOf(localeArg);
  const t = await getTranslations({ locale, namespace: "AgendaAdmin.errors" });
  // Every field comes back as typed, the longest description included: nothing is lost on an error.
  const values = keepValues(formData, eventFields, 60_000);
  const caller = await getCurrentUser();
  if (!canEditAgenda(caller)) return { ok: false, fieldErrors: {}, formError: t("forbidden"), values };

  const parsed = parseEventForm(formData);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("formInvalid"), values };
  }
  const result = eventId ? await updateEvent(caller, eventId, readRevision(formData), parsed.data) : await createEvent(caller, parsed.data);
  if (!result.ok) {
    switch (result.reason) {
      case "slugTaken":
        return { ok: false, fieldErrors: Object.fromEntries(result.locales.map((l) => [`slug_${l}`, t("slugTaken")])), formError: t("formInvalid"), values };
      case "capacityBelowRegistered":
      case "registrationsExist":
        return { ok: false, fieldErrors: { capacity: t(result.reason, { count: result.registered }) }, formError: t("formInvalid"), values };
      default:
        return { ok: false, fieldErrors: {}, formError: t(result.reason), values };
    }
  }
  revalidateEvent(result.touched);
  return redirect({ href: { pathname: "/admin/agenda/[id]", params: { id: result.id }, query: { saved: eventId ? "updated" : "created" } }, locale });
}

export async function deleteEventAction(localeArg: Locale, eventId: string): Promise<void> {
  const locale = localeOf(localeArg);
  const result = await deleteEvent(await getCurrentUser(), eventId);
  if (result.ok) revalidateEvent(result.touched);
  // Registrations came in since the page was shown: the page now offers to cancel, and says why.
  if (!result.ok && result.reason === "hasRegistrations") redirect({ href: { pathname: "/admin/agenda/[id]", params: { id: eventId }, query: { saved: "deleteRefused" } }, locale });
  // A refused or repeated delete changes nothing; the list says what there is.
  redirect({ href: { pathname: "/admin/agenda", query: result.ok ? { deleted: "1" } : {} }, locale });
}

/** Cancels an event that has registrations (server/agenda/cancel-event.ts): the page stays, everyone registered is mailed. */
export async function cancelEventAction(localeArg: Locale, eventId: string, formData: FormData): Promise<void> {
  const locale = localeOf(localeArg);
  const reason = formData.get("reason");
  const result = await cancelEvent(await getCurrentUser(), eventId, typeof reason === "string" ? reason : "");
  if (result.ok) revalidateEvent(result.touched);
  const saved = result.ok ? "cancelled" : result.reason === "reasonMissing" ? "reasonMissing" : undefined;
  redirect({ href: { pathname: "/admin/agenda/[id]", params: { id: eventId }, query: saved ? { saved } : {} }, locale });
}
