import { routing } from "@/i18n/routing";

export const MASK = "••••••••";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The localized path before the token of every route that ends in a [token] segment (reset, address confirmation,
// cancelling a change): what follows such a path in a mail is a live secret.
const tokenPrefixes = Object.entries(routing.pathnames)
  .filter(([pathname]) => pathname.endsWith("/[token]"))
  .flatMap(([, localized]) => routing.locales.map((locale) => `/${locale}${(typeof localized === "string" ? localized : localized[locale]).slice(0, -"[token]".length)}`));

const tokenLink = new RegExp(`(${tokenPrefixes.map(escape).join("|")})[^\\s/?#<>"')]+`, "g");

/**
 * A mail's text with the token of every link that carries one masked: what
 * an admin, an export or the stored copy of a sent mail shows. Only the
 * recipient's mailbox ever holds the live link.
 */
export function maskMailSecrets(text: string): string {
  return text.replace(tokenLink, (_, prefix: string) => `${prefix}${MASK}`);
}
