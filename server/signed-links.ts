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
