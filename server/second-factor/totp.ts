import { Secret, TOTP } from "otpauth";

// The settings every authenticator app assumes (RFC 6238): SHA-1, 6 digits, 30 s.
const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secret: string, label = "", issuer = "") {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/**
 * The time step a code belongs to, if it is right now or one step either
 * side (a phone's clock drifts); null when it is wrong.
 */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}
