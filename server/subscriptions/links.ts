import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import { absoluteHref } from "@/lib/absolute-href";
import { absolute } from "@/lib/site-url";
import { signSubscription } from "../signed-links";

/** What the suppression list keeps of an address: its hash, never the address. */
export function addressHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export const confirmUrl = (id: string, locale: Locale) => absoluteHref("/abonnement/confirmer/[token]", locale, { token: signSubscription("confirm", id) });
export const manageUrl = (id: string, locale: Locale) => absoluteHref("/abonnement/gerer/[token]", locale, { token: signSubscription("manage", id) });
export const unsubscribePageUrl = (id: string, locale: Locale) => absoluteHref("/abonnement/desabonner/[token]", locale, { token: signSubscription("unsubscribe", id) });

/**
 * RFC 8058's one-click URL: a mail client POSTs `List-Unsubscribe=One-Click`
 * to it; opened in a browser (GET) it leads to the page with the button.
 */
export const oneClickUrl = (id: string, locale: Locale) => absolute(`/api/unsubscribe/${signSubscription("unsubscribe", id)}?lang=${locale}`);

/** The headers of every bulk mail (an article, a digest). */
export function bulkMailHeaders(id: string, locale: Locale): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl(id, locale)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
