"use server";

import { z } from "zod";
import { eventFields, parseEventForm, type EventErrorKey } from "@/lib/validation/event";
import { translateFieldErrors, type FormState } from "@/lib/validation/form";
import { readRevision } from "@/lib/validation/revision";
import messages from "@/messages/fr.json";
import { canEditAgenda } from "@/server/agenda/access";
import { cancelEvent } from "@/server/agenda/cancel-event";
import { createEvent, deleteEvent, updateEvent } from "@/server/agenda/mutations";
import { revalidateEvent } from "@/server/agenda/revalidate";
import { redirectingAction, validatedAction, type Answer, type Catalogue } from "@/server/form-action";

export type EventValues = Record<(typeof eventFields)[number], string>;
export type EventFormState = FormState<EventValues>;

const eventErrors: Catalogue<EventErrorKey> = { namespace: "AgendaAdmin.errors", keys: messages.AgendaAdmin.errors, fallback: "formInvalid" };
// The event being edited (empty when new), from the form's hidden field; the data layer checks it.
const eventId = z.object({ id: z.string().max(100).optional() });

/**
 * Creates (no id) or updates an event. The data layer checks the caller's role again.
 * Every field comes back as typed, the longest description included: nothing is lost on an error.
 */
export const saveEventAction = validatedAction(
  { schema: eventId, messages: eventErrors, keep: eventFields, keepMaxLength: 60_000 },
  async ({ id }, { caller, formData, t, fail, go }): Answer<EventFormState> => {
    if (!canEditAgenda(caller)) return fail(t("forbidden"));
    const parsed = parseEventForm(formData);
    if (!parsed.success) return fail(t("formInvalid"), translateFieldErrors(parsed.fieldErrors, t));
    const result = id ? await updateEvent(caller, id, readRevision(formData), parsed.data) : await createEvent(caller, parsed.data);
    if (!result.ok) {
      switch (result.reason) {
        case "slugTaken":
          return fail(t("formInvalid"), Object.fromEntries(result.locales.map((l) => [`slug_${l}`, t("slugTaken")])));
        case "capacityBelowRegistered":
        case "registrationsExist":
          return fail(t("formInvalid"), { capacity: t(result.reason, { count: result.registered }) });
        default:
          return fail(t(result.reason));
      }
    }
    revalidateEvent(result.touched);
    return go({ pathname: "/admin/agenda/[id]", params: { id: result.id }, query: { saved: id ? "updated" : "created" } });
  },
);

export const deleteEventAction = redirectingAction({ schema: eventId }, async ({ id }, { caller, go }) => {
  const result = await deleteEvent(caller, id ?? "");
  if (result.ok) revalidateEvent(result.touched);
  // Registrations came in since the page was shown: the page now offers to cancel, and says why.
  if (!result.ok && result.reason === "hasRegistrations" && id) return go({ pathname: "/admin/agenda/[id]", params: { id }, query: { saved: "deleteRefused" } });
  // A refused or repeated delete changes nothing; the list says what there is.
  return go({ pathname: "/admin/agenda", query: result.ok ? { deleted: "1" } : {} });
});

/** Cancels an event that has registrations (server/agenda/cancel-event.ts): the page stays, everyone registered is mailed. */
export const cancelEventAction = redirectingAction(
  { schema: eventId.extend({ reason: z.string().max(500).optional() }) },
  async ({ id, reason }, { caller, go }) => {
    const result = await cancelEvent(caller, id ?? "", reason ?? "");
    if (result.ok) revalidateEvent(result.touched);
    const saved = result.ok ? "cancelled" : result.reason === "reasonMissing" ? "reasonMissing" : undefined;
    return id ? go({ pathname: "/admin/agenda/[id]", params: { id }, query: saved ? { saved } : {} }) : go("/admin/agenda");
  },
);
