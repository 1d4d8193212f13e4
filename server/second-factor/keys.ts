// No "server-only" here: the demo seed (db/seed, run by tsx too) seals the demo secret with it.
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A key of its own for each use, derived from AUTH_SECRET (HKDF-SHA256), so
 * that no two purposes share a key and no new secret must be configured.
 * Changing AUTH_SECRET makes the stored authenticator secrets unreadable:
 * staff then enrol again (README).
 */
export function derivedKey(purpose: "totp-secret" | "recovery-code" | "sign-in-ticket"): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the second factor needs it");
  return Buffer.from(hkdfSync("sha256", secret, "portal-second-factor", purpose, 32));
}

export function keyedHash(purpose: "recovery-code" | "sign-in-ticket", text: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(text).digest("hex");
}
