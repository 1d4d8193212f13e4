"use server";

import { z } from "zod";
import { getPathname } from "@/i18n/navigation";
import { returnPathField, safeReturnPath } from "@/lib/safe-redirect";
import type { FormState } from "@/lib/validation/form";
import messages from "@/messages/fr.json";
import { cancelRegistration, registerForEvent } from "@/server/agenda/registrations";
import { revalidateRegistrations } from "@/server/agenda/revalidate";
import { validatedAction, type ActionContext, type Answer, type Catalogue } from "@/server/form-action";
import type { CurrentUser } from "@/server/users";

const registrationSchema = z.object({
  eventId: z.uuid({ error: "errors.notFound" }),
  // The event's page, to come back to after signing in.
  returnTo: returnPathField,
});

export type RegistrationFormState = FormState<Record<string, never>>;
type RegistrationKey = keyof (typeof messages)["Agenda"]["registration"] | `errors.${keyof (typeof messages)["Agenda"]["registration"]["errors"]}`;
const registrationMessages: Catalogue<RegistrationKey> = {
  namespace: "Agenda.registration",
  keys: { "errors.notFound": true } as Record<RegistrationKey, unknown>,
  fallback: "errors.notFound",
};
type Context = ActionContext<RegistrationKey, CurrentUser | null>;

async function run(data: z.infer<typeof registrationSchema>, { caller, locale, t, go }: Context, kind: "register" | "cancel"): Answer<RegistrationFormState> {
  // A session that ended meanwhile: sign in again, then back to the event.
  if (!caller) return go({ pathname: "/connexion", query: { callbackUrl: safeReturnPath(data.returnTo, getPathname({ href: "/agenda", locale })) } });
  const result = kind === "register" ? await registerForEvent(caller, data.eventId) : await cancelRegistration(caller, data.eventId);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: t(`errors.${result.reason}`), values: {} };
  revalidateRegistrations();
  if ("status" in result) return { ok: true, message: result.status === "registered" ? t("registered") : t("waitlisted", { place: result.place }) };
  return { ok: true, message: t("cancelled") };
}

const spec = { schema: registrationSchema, messages: registrationMessages, invalid: "errors.notFound" as const };

/** One click: a place, or a place in line once the capacity is reached. */
export const registerForEventAction = validatedAction(spec, (data, context) => run(data, context, "register"));

/** Gives the place back (or leaves the waiting list); the first in line moves up. */
export const cancelRegistrationAction = validatedAction(spec, (data, context) => run(data, context, "cancel"));
