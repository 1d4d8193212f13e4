import type { z } from "zod";
import messages from "@/messages/fr.json";

export type ErrorKey = keyof (typeof messages)["Errors"];

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** What every form action returns; the form shows it. */
export type FormState<V extends Record<string, string> = Record<string, string>> =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; values: Partial<V> };

export const initialFormState = { ok: false, fieldErrors: {}, values: {} } as const;

function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(messages.Errors, key);
}

/**
 * Reads only the fields the schema knows (extra fields are ignored) and
 * returns the data or, per field, the key of the first error message.
 */
export function parseForm<S extends z.ZodObject>(
  schema: S,
  formData: FormData,
): { success: true; data: z.infer<S> } | { success: false; fieldErrors: Record<string, ErrorKey> } {
  const raw: Record<string, unknown> = {};
  for (const field of Object.keys(schema.shape)) {
    const value = formData.get(field);
    raw[field] = typeof value === "string" ? value : undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, ErrorKey> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = isErrorKey(issue.message) ? issue.message : "formInvalid";
  }
  return { success: false, fieldErrors };
}

/** The values to put back in the form after an error; never a password. */
export function keepValues<F extends string>(formData: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 10_000);
  }
  return values;
}

export function translateFieldErrors(fieldErrors: Record<string, ErrorKey>, tErrors: (key: ErrorKey) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, tErrors(key)]));
}
