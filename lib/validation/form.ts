import type { z } from "zod";
import messages from "@/messages/fr.json";

export type ErrorKey = keyof (typeof messages)["Errors"];

export { initialFormState, type FieldErrors, type FormState } from "./form-state";

/**
 * The messages a form's errors are keys of (a namespace of messages/fr.json),
 * and the key for an error that is none of them.
 */
export type ErrorCatalogue<K extends string> = { keys: Readonly<Record<K, unknown>>; fallback: NoInfer<K> };

const commonErrors: ErrorCatalogue<ErrorKey> = { keys: messages.Errors, fallback: "formInvalid" };

export type ParsedForm<T, K extends string> =
  | { success: true; data: T }
  | {
      success: false;
      fieldErrors: Record<string, K>;
      /** The fields that pass their own schema, so that rules across fields can still run and every error show at once. */
      valid: Partial<T>;
    };

/**
 * Reads only the fields the schema knows (extra fields are ignored) and
 * returns the data or, per field, the key of its first error message: a key of
 * `Errors` unless the form names its own catalogue.
 */
export function parseForm<S extends z.ZodObject>(schema: S, formData: FormData): ParsedForm<z.infer<S>, ErrorKey>;
export function parseForm<S extends z.ZodObject, K extends string>(schema: S, formData: FormData, errors: ErrorCatalogue<K>): ParsedForm<z.infer<S>, K>;
export function parseForm<S extends z.ZodObject>(schema: S, formData: FormData, errors: ErrorCatalogue<string> = commonErrors): ParsedForm<z.infer<S>, string> {
  const raw: Record<string, unknown> = {};
  const fieldErrors: Record<string, string> = {};
  for (const field of Object.keys(schema.shape)) {
    const value = formData.get(field);
    raw[field] = typeof value === "string" ? value : undefined;
  }
  const result = schema.safeParse(raw);
  // PostgreSQL refuses NUL in text (a 500): a value that still holds one after its schema (which
  // may strip control characters) is an error. FormData's strings are always well-formed:
  // invalid UTF-8 arrives as U+FFFD, which is harmless text.
  for (const [field, value] of Object.entries(result.success ? (result.data as Record<string, unknown>) : raw)) {
    if (typeof value === "string" && value.includes("\0")) fieldErrors[field] = errors.fallback;
  }
  if (result.success && Object.keys(fieldErrors).length === 0) return { success: true, data: result.data };
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = Object.hasOwn(errors.keys, issue.message) ? issue.message : errors.fallback;
  }
  const valid: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const alone = fieldErrors[field] ? undefined : fieldSchema.safeParse(raw[field]);
    if (alone?.success) valid[field] = alone.data;
  }
  return { success: false, fieldErrors, valid: valid as Partial<z.infer<S>> };
}

/** The values to put back in the form after an error, as typed; never a password. */
export function keepValues<F extends string>(formData: FormData, fields: readonly F[], maxLength = 10_000): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, maxLength);
  }
  return values;
}

export function translateFieldErrors<K extends string>(fieldErrors: Partial<Record<string, K>>, t: (key: K) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).flatMap(([field, key]) => (key ? [[field, t(key)]] : [])));
}
