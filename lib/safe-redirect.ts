import { z } from "zod";

/** A path on this site to go back to after signing in, or the fallback. */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  // "//host" and "/\host" are read by browsers as another site.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and raw non-ASCII would make an invalid Location header (a 500): the path
  // goes out as the URL parser writes it, percent-encoded, and only if it stays on this site.
  if (/[\u0000-\u001f\u007f]/.test(value) || !value.isWellFormed()) return fallback;
  const base = "http://portal.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Dot segments are resolved only now: "/.//evil.example" and "/..//evil.example" become "//evil.example".
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
}

/**
 * A form's hidden return path: anything that is no plain short text (too long,
 * control characters, NUL) counts as absent, so the default page is used
 * rather than the sign-in refused.
 */
export const returnPathField = z
  .string()
  .max(2000)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value))
  .optional()
  .catch(undefined);
