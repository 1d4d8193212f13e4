import "server-only";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getPathname, type Href } from "@/i18n/navigation";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { keepValues, parseForm, translateFieldErrors, type ErrorCatalogue, type ErrorKey } from "@/lib/validation/form";
import messages from "@/messages/fr.json";
import { forgetRequestMemo } from "./request-memo";
import { getCurrentUser } from "./session";
import type { CurrentUser } from "./users";

/**
 * One skeleton for every server action (after saas-starter's
 * `validatedActionWithUser`): the reader's language, the caller, the form
 * parsed by its schema with its errors translated, and the redirect once done.
 * Each action keeps only what differs: its schema, its call, its answers.
 *
 * Everything comes from the posted form: the language from a hidden `locale`
 * field (forms/hidden-fields.tsx), ids and tokens from hidden fields too. No
 * argument is bound into an action on the client, so a form posted without
 * JavaScript is answered by the same code as one posted with it.
 */

type Values = Record<string, string>;
/**
 * A refusal. Its `values` are the `keep` fields as typed; typed as the
 * emptiest record so that it fits the state of whichever form (TypeScript
 * cannot infer a form's fields from the list of names).
 */
export type Failure<V extends Values = Record<string, never>> = { ok: false; fieldErrors: Record<string, string>; formError?: string; values: Partial<V> };
export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** A form's messages: a namespace of messages/*.json and the key for an error that is none of them. */
export type Catalogue<K extends string> = ErrorCatalogue<K> & { namespace: string };
export const commonErrors: Catalogue<ErrorKey> = { namespace: "Errors", keys: messages.Errors, fallback: "formInvalid" };

/** Where to go once done: the wrapper redirects after the action returned, never inside its try blocks. */
export type Redirect = { readonly redirectTo: string };
/** What an action's run returns: the form's next state, or where to go. */
export type Answer<S> = Promise<S | Redirect>;
const isRedirect = (value: unknown): value is Redirect => typeof value === "object" && value !== null && "redirectTo" in value;

export type ActionContext<K extends string, U> = {
  locale: Locale;
  caller: U;
  formData: FormData;
  /** The kept fields as typed, to put back in the form after a refusal. */
  values: Partial<Values>;
  /** The action's catalogue in the reader's language. */
  t: Translate<K>;
  fail: (formError: string, fieldErrors?: Record<string, string>) => Failure;
  /** A page of the portal in the reader's language. */
  go: (href: Href) => Redirect;
  /** An address already checked (a return path). */
  goTo: (path: string) => Redirect;
};

export type ActionSpec<S extends z.ZodObject, K extends string, A extends boolean> = {
  schema: S;
  /** The messages the schema's errors are keys of; `Errors` by default. */
  messages?: Catalogue<K>;
  /** Fields given back as typed after a refusal (never a password). */
  keep?: readonly string[];
  keepMaxLength?: number;
  /** The form-level message of an invalid form; by default the catalogue's `formInvalid` (or its fallback). */
  invalid?: K | ((fieldErrors: Partial<Record<string, K>>) => K);
  /** Refuse a caller without a session before reading anything else (`Errors.sessionExpired`). */
  signedIn?: A;
};

/** The language of the post: the hidden field when it names one, French otherwise (the default locale). */
export function localeOfForm(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : routing.defaultLocale;
}

async function translator<K extends string>(locale: Locale, namespace: string): Promise<Translate<K>> {
  return (await getTranslations({ locale, namespace: namespace as "Errors" })) as unknown as Translate<K>;
}

async function execute<S extends z.ZodObject, K extends string, A extends boolean, R>(
  spec: ActionSpec<S, K, A>,
  run: (data: z.infer<S>, context: ActionContext<K, A extends true ? CurrentUser : CurrentUser | null>) => Promise<R | Redirect>,
  formData: FormData,
): Promise<R> {
  const locale = localeOfForm(formData);
  const catalogue = (spec.messages ?? commonErrors) as Catalogue<K>;
  const t = await translator<K>(locale, catalogue.namespace);
  const values = keepValues(formData, spec.keep ?? [], spec.keepMaxLength);
  const fail = (formError: string, fieldErrors: Record<string, string> = {}): Failure => ({ ok: false, fieldErrors, formError, values: values as Failure["values"] });

  const caller = await getCurrentUser();
  if (spec.signedIn && !caller) return fail((await translator<ErrorKey>(locale, "Errors"))("sessionExpired")) as R;

  const parsed = parseForm(spec.schema, formData, catalogue);
  if (!parsed.success) {
    const invalid = typeof spec.invalid === "function" ? spec.invalid(parsed.fieldErrors) : (spec.invalid ?? (Object.hasOwn(catalogue.keys, "formInvalid") ? ("formInvalid" as K) : catalogue.fallback));
    return fail(t(invalid), translateFieldErrors(parsed.fieldErrors, t)) as R;
  }
  let outcome: R | Redirect;
  try {
    outcome = await run(parsed.data, {
      locale,
      caller: caller as A extends true ? CurrentUser : CurrentUser | null,
      formData,
      values,
      t,
      fail,
      go: (href) => ({ redirectTo: getPathname({ href, locale }) }),
      goTo: (path) => ({ redirectTo: path }),
    });
  } finally {
    // The page Next renders after the action, in this same request, reads the caller afresh (a new name, an ended session).
    await forgetRequestMemo();
  }
  // Next's redirect is a thrown signal: thrown here, past every try of the action, nothing catches it.
  if (isRedirect(outcome)) redirect(outcome.redirectTo);
  return outcome;
}

/** An action for `useActionState`: its answer (R) is the form's next state, whose failure branch a `Failure` fits. */
export function validatedAction<S extends z.ZodObject, R extends { ok: boolean }, K extends string = ErrorKey, A extends boolean = false>(
  spec: ActionSpec<S, K, A>,
  run: (data: z.infer<S>, context: ActionContext<K, A extends true ? CurrentUser : CurrentUser | null>) => Promise<R | Redirect>,
): (previous: R, formData: FormData) => Promise<R> {
  return (_previous, formData) => execute(spec, run, formData);
}

/** An action for a plain `<form action>` that always leads to another page: a refused form stays where it is. */
export function redirectingAction<S extends z.ZodObject, K extends string = ErrorKey, A extends boolean = false>(
  spec: ActionSpec<S, K, A>,
  run: (data: z.infer<S>, context: ActionContext<K, A extends true ? CurrentUser : CurrentUser | null>) => Promise<Redirect>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    await execute(spec, run, formData);
  };
}
