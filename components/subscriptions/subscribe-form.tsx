"use client";

import { useActionState } from "react";
import { subscribeAction } from "@/actions/subscriptions";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import type { SubscriptionValues } from "@/lib/validation/subscription";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { HiddenFields } from "../forms/hidden-fields";
import { HoneypotField } from "../forms/honeypot-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { SubscriptionChoices, type ChoiceLabels } from "./subscription-choices";

type Labels = ChoiceLabels & { email: string; website: string; submit: string; pending: string };

// Preselected for a first visit: the news of all three, in the page's language, each article.
const defaults = (locale: Locale): Partial<SubscriptionValues> => ({ news_embassy: "on", news_ulduz: "on", news_cultural_centre: "on", [`lang_${locale}`]: "on", frequency: "each" });

export function SubscribeForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, action] = useActionState<FormState<SubscriptionValues>, FormData>(subscribeAction, initialFormState);
  const failed = state.ok ? undefined : state;
  const values = failed && Object.keys(failed.values).length ? failed.values : defaults(locale);
  return (
    // The key remounts the fields after an answer, so that the checkboxes show what was sent.
    <form key={JSON.stringify(values)} action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} focus />
      <TextField name="email" type="email" label={labels.email} autoComplete="email" required defaultValue={values.email} error={failed?.fieldErrors.email} />
      <SubscriptionChoices labels={labels} values={values} errors={failed?.fieldErrors ?? {}} />
      <HoneypotField id="subscribe-website" label={labels.website} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
