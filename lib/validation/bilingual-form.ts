import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { dropNonXmlCharacters } from "./xml-safe-text";

// What the editors' forms for bilingual content (articles, events) share.

/** A text as typed: line ends made "\n", characters no feed can carry dropped, trimmed, empty when missing; longer than `max`, the error `tooLong`. */
export const typedText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => dropNonXmlCharacters((value ?? "").replace(/\r\n?/g, "\n")).trim())
    .pipe(z.string().max(max, tooLong));

/** The same fields once per language, named `title_fr`, `title_az`… */
export function perLocale<F extends string>(schemas: Record<F, z.ZodType<string>>): Record<`${F}_${Locale}`, z.ZodType<string>> {
  const entries = routing.locales.flatMap((locale) => Object.entries<z.ZodType<string>>(schemas).map(([field, schema]) => [`${field}_${locale}`, schema]));
  return Object.fromEntries(entries);
}
