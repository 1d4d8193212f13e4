// What a form component needs from its action's answer. Kept apart from
// form.ts, whose parsing reads messages/fr.json: a client form importing
// this file does not ship every message to the browser.

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** What every form action returns; the form shows it. */
export type FormState<V extends Record<string, string> = Record<string, string>> =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; values: Partial<V> };

export const initialFormState = { ok: false, fieldErrors: {}, values: {} } as const;
