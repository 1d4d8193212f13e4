"use server";

import { z } from "zod";
import type { FormState } from "@/lib/validation/form";
import { readChoices, subscribeSchema, subscriptionChoicesSchema, subscriptionFields, type SubscriptionValues } from "@/lib/validation/subscription";
import messages from "@/messages/fr.json";
import { redirectingAction, validatedAction, type Answer, type Catalogue } from "@/server/form-action";
import { currentRequestContext } from "@/server/request-context";
import { confirmSubscription, requestSubscription, unsubscribe, updateSubscription } from "@/server/subscriptions/mutations";

type ErrorKey = keyof (typeof messages)["Subscriptions"]["errors"];
const subscriptionErrors: Catalogue<ErrorKey> = { namespace: "Subscriptions.errors", keys: messages.Subscriptions.errors, fallback: "formInvalid" };
const token = z.string().min(1).max(200);

/** The public form: anyone, signed in or not; the answer is the same whoever owns the address. */
export const subscribeAction = validatedAction(
  { schema: subscribeSchema, messages: subscriptionErrors, keep: subscriptionFields },
  async ({ email, website, ...data }, { locale, t, fail }): Answer<FormState<SubscriptionValues>> => {
    const { choices, fieldErrors } = readChoices(data);
    if (Object.keys(fieldErrors).length) return fail(t("formInvalid"), Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
    const result = await requestSubscription(email, choices, locale, await currentRequestContext(), website);
    if (!result.ok) return fail(t("throttled"));
    return { ok: true, message: t("sent") };
  },
);

/** The double opt-in's button (opening the link alone changes nothing: mail scanners open links). */
export const confirmSubscriptionAction = redirectingAction({ schema: z.object({ token }) }, async ({ token }, { go }) => {
  const state = await confirmSubscription(token);
  return go({ pathname: "/abonnement/confirmer/[token]", params: { token }, query: { done: state === "valid" ? "1" : "0" } });
});

/** New choices from a manage link: the signed link is the proof that the address is theirs. */
export const updateSubscriptionAction = validatedAction(
  { schema: subscriptionChoicesSchema.extend({ token }), messages: subscriptionErrors, keep: subscriptionFields },
  async ({ token, ...data }, { t, fail }): Answer<FormState<SubscriptionValues>> => {
    const { choices, fieldErrors } = readChoices(data);
    if (Object.keys(fieldErrors).length) return fail(t("formInvalid"), Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
    if (!(await updateSubscription(token, choices))) return fail(t("gone"));
    return { ok: true, message: t("saved") };
  },
);

/** Final: no sign-in, one button; a repeated press gets the same page. */
export const unsubscribeAction = redirectingAction({ schema: z.object({ token }) }, async ({ token }, { go }) => {
  const state = await unsubscribe(token);
  return go({ pathname: "/abonnement/desabonner/[token]", params: { token }, query: { done: state === "invalid" ? "0" : "1" } });
});
