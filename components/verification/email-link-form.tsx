"use client";

import { useActionState } from "react";
import { cancelEmailChangeAction, confirmEmailAction } from "@/actions/verification";
import NextLink from "next/link";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { boundAction } from "../forms/bound-action";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";

type Props = {
  locale: Locale;
  token: string;
  kind: "confirm" | "cancel";
  labels: { submit: string; pending: string };
  /** Where to go once the link did its work: a localized path (this is a client component, without next-intl's server Link). */
  next: { href: string; label: string };
};

/** The one button of a confirmation or cancel link's page; then what it did and where to go next. */
export function EmailLinkForm({ locale, token, kind, labels, next }: Props) {
  const [state, action] = useActionState<FormState, FormData>(boundAction(kind === "confirm" ? confirmEmailAction : cancelEmailChangeAction, locale, token), initialFormState);
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormSuccess message={state.message} />
        <NextLink href={next.href} className="inline-block font-medium text-azblue-700 underline underline-offset-2">
          {next.label}
        </NextLink>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <FormError message={state.formError} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
