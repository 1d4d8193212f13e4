import "server-only";
import { timingSafeEqual } from "node:crypto";
import { isUuid } from "@/lib/uuid";
import { keyedHash } from "./keys";

/**
 * "The password was right": what the code step of the sign-in form carries
 * instead of the password. Signed with a key from AUTH_SECRET, bound to the
 * account's session version (a password change voids it) and short-lived.
 * `passed` marks a ticket the server makes for itself to sign a session in
 * again after a password change, when the second factor was already passed.
 */
export type SignInTicket = { userId: string; sessionVersion: number; passed: boolean };

const LIFETIME_MS = 5 * 60_000;

export function issueSignInTicket(ticket: SignInTicket, now = Date.now()): string {
  const body = ["t1", ticket.userId, ticket.sessionVersion, now + LIFETIME_MS, ticket.passed ? 1 : 0].join(".");
  return `${body}.${keyedHash("sign-in-ticket", body)}`;
}

export function readSignInTicket(text: string, now = Date.now()): SignInTicket | null {
  const parts = text.split(".");
  if (parts.length !== 6 || parts[0] !== "t1") return null;
  const body = parts.slice(0, 5).join(".");
  const expected = Buffer.from(keyedHash("sign-in-ticket", body));
  const given = Buffer.from(parts[5]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [, userId, version, expires, passed] = parts;
  if (!isUuid(userId) || !(Number(expires) > now)) return null;
  return { userId, sessionVersion: Number(version), passed: passed === "1" };
}
