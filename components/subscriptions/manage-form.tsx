"use client";

import { useActionState } from "react";
import { updateSubscriptionAction } from "@/actions/subscriptions";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import type { SubscriptionValues } from "@/lib/validation/subscription";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { HiddenFields } from "../forms/hidden-fields";
import { SubmitButton } from "../forms/submit-button";
import { SubscriptionChoices, type ChoiceLabels } from "./subscription-choices";

type Labels = ChoiceLabels & { submit: string; pending: string };

export function ManageSubscriptionForm({ locale, token, initial, labels }: { locale: Locale; token: string; initial: Partial<SubscriptionValues>; labels: Labels }) {
  const [state, action] = useActionState<FormState<SubscriptionValues>, FormData>(updateSubscriptionAction, initialFormState);
  const failed = state.ok ? undefined : state;
  const values = failed && Object.keys(failed.values).length ? failed.values : initial;
  return (
    <form key={JSON.stringify(values)} action={action} noValidate className="space-y-4">
      <HiddenFields values={{ locale, token }} />
      <FormError message={failed?.formError} />
      <FormSuccess message={state.ok ? state.message : undefined} focus />
      <SubscriptionChoices labels={labels} values={values} errors={failed?.fieldErrors ?? {}} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
