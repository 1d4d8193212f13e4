"use client";

import NextLink from "next/link";
import { useActionState } from "react";
import { cancelEmailChangeAction, confirmEmailAction } from "@/actions/verification";
import type { Locale } from "@/i18n/routing";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { FormError } from "../forms/form-error";
import { FormSuccess } from "../forms/form-success";
import { SubmitButton } from "../forms/submit-button";
import { HiddenFields } from "@/components/forms/hidden-fields";

type Props = {
  locale: Locale;
  token: string;
  kind: "confirm" | "cancel";
  text: { title: string; intro: string; submit: string; pending: string };
  /** Where to go once the link did its work: a localized path (this is a client component, without next-intl's server Link). */
  next: { href: string; label: string };
  /** Set when the link was used, expired or never existed. */
  unavailable?: { title: string; message: string; back: { href: string; label: string } };
};

const linkClass = "inline-block font-medium text-azblue-700 underline underline-offset-2";

/**
 * The page of a confirmation or cancel link: one button, then what it did.
 * The success is shown before the link's state: posted without JavaScript,
 * the page is rendered again after the link was used, and must still say it worked.
 */
export function EmailLinkForm({ locale, token, kind, text, next, unavailable }: Props) {
  const [state, action] = useActionState<FormState, FormData>(kind === "confirm" ? confirmEmailAction : cancelEmailChangeAction, initialFormState);
  if (state.ok) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl font-bold">{text.title}</h1>
        <FormSuccess message={state.message} />
        <NextLink href={next.href} className={linkClass}>
          {next.label}
        </NextLink>
      </div>
    );
  }
  if (unavailable) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-4 text-3xl font-bold">{unavailable.title}</h1>
        <p className="rounded-md border border-azred-600 bg-red-50 px-3 py-2 font-medium text-azred-600">{unavailable.message}</p>
        <NextLink href={unavailable.back.href} className={`mt-6 ${linkClass}`}>
          {unavailable.back.label}
        </NextLink>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{text.title}</h1>
      <p className="mb-6 text-slate-700">{text.intro}</p>
      <form action={action} className="space-y-4">
        <HiddenFields values={{ locale, token }} />
        <FormError message={state.formError} />
        <SubmitButton label={text.submit} pendingLabel={text.pending} />
      </form>
    </div>
  );
}
