import type { Locale } from "@/i18n/routing";

const MAX_CENTS = 100_000_00;

/**
 * An entry price as an editor types it, in euros: "12", "12,50", "12.5", "0" for free;
 * "" when the price is not stated. Cents, null for not stated, "invalid" for anything else.
 */
export function parsePriceInput(typed: string): number | null | "invalid" {
  const text = typed.trim().replace(/\s|€/g, "");
  if (text === "") return null;
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return "invalid";
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return cents > MAX_CENTS ? "invalid" : cents;
}

/** Back into the editor's field, in the editor's way of writing decimals. */
export function priceInputFromCents(cents: number | null, locale: Locale): string {
  if (cents === null) return "";
  const euros = cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
  return locale === "fr" ? euros.replace(".", ",") : euros;
}

/** "12 €", "12,50 €" in French, "12 €" / "12,50 €" in Azerbaijani; whole euros without decimals. */
export function formatPrice(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "az-Latn-AZ", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** The price for schema.org's Offer: "12.50", in euros. */
export function offerPrice(cents: number): string {
  return (cents / 100).toFixed(2);
}
