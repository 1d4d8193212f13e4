import type { z } from "zod";

/**
 * Like `parseForm`, for forms whose error messages live in a namespace of
 * their own: each field gets the key of its first error, if that key exists
 * in `known` (the namespace's messages), or `fallback`.
 */
export function parseFormWithKeys<S extends z.ZodObject, K extends string>(
  schema: S,
  formData: FormData,
  known: Record<K, string>,
  fallback: K,
): { success: true; data: z.infer<S> } | { success: false; fieldErrors: Partial<Record<string, K>> } {
  const raw: Record<string, unknown> = {};
  for (const field of Object.keys(schema.shape)) {
    const value = formData.get(field);
    raw[field] = typeof value === "string" ? value : undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Partial<Record<string, K>> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!field || fieldErrors[field]) continue;
    fieldErrors[field] = Object.hasOwn(known, issue.message) ? (issue.message as K) : fallback;
  }
  return { success: false, fieldErrors };
}
