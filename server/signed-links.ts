import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// A key of its own, derived from AUTH_SECRET: a link in a mail needs no row and no new secret.
function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: signed links need it");
  return Buffer.from(hkdfSync("sha256", secret, "portal-mail-links", "withdraw", 32));
}

const signature = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

/** "I can no longer come" for one registration: its id and a signature, usable without signing in. */
export function signWithdrawal(registrationId: number): string {
  return `${registrationId}.${signature(`withdraw:${registrationId}`)}`;
}

/** The registration a withdrawal token names, or null if it is not one the portal signed. */
export function verifyWithdrawal(token: string): number | null {
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(signature(`withdraw:${match[1]}`));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(match[1]) : null;
}

/** What a subscription link may do: confirm it (double opt-in), manage it, or end it. */
export type SubscriptionPurpose = "confirm" | "manage" | "unsubscribe";

// Confirm links carry the day they were made; manage and unsubscribe links last as long as the subscription.
export function signSubscription(purpose: SubscriptionPurpose, subscriptionId: string): string {
  return `${subscriptionId}.${signature(`subscription:${purpose}:${subscriptionId}`)}`;
}

/** The subscription a link names for that purpose, or null if the portal did not sign it so. */
export function verifySubscription(purpose: SubscriptionPurpose, token: string): string | null {
  const match = /^([0-9a-f-]{36})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(signature(`subscription:${purpose}:${match[1]}`));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}
