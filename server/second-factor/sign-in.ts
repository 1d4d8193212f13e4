import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { checkCredentials, type RequestContext } from "../users";
import { issueSignInTicket, readSignInTicket } from "./sign-in-ticket";
import { checkSecondFactorCode, hasSecondFactor } from "./verify-code";

export type SignInInput = { email: string; password?: string; ticket?: string; code?: string };

export type SignInCheck =
  | { status: "ok"; user: User }
  | { status: "invalid" | "throttled" | "ticketExpired" | "codeThrottled" }
  | { status: "banned"; reason: string | null }
  // The password was right and the account has a second factor: ask for the code (again, after a wrong one).
  | { status: "codeNeeded" | "codeInvalid"; ticket: string };

/**
 * The whole sign-in: the password (or a ticket saying it was right a moment
 * ago), then, for an account with an authenticator, its code. A script may
 * send email, password and code at once; the form sends the code in a
 * second step with the ticket.
 */
export async function checkSignIn(input: SignInInput, context: RequestContext): Promise<SignInCheck> {
  let user: User;
  if (input.ticket) {
    const ticket = readSignInTicket(input.ticket);
    const [row] = ticket ? await getDb().select().from(users).where(eq(users.id, ticket.userId)) : [];
    if (!ticket || !row || row.sessionVersion !== ticket.sessionVersion || row.email.toLowerCase() !== input.email) return { status: "ticketExpired" };
    if (row.bannedAt) return { status: "banned", reason: row.banReason };
    if (ticket.passed) return { status: "ok", user: row };
    user = row;
  } else {
    if (input.password === undefined) return { status: "invalid" };
    const checked = await checkCredentials(input.email, input.password, context);
    if (checked.status !== "ok") return checked;
    user = checked.user;
  }
  if (!(await hasSecondFactor(user.id))) return { status: "ok", user };
  const ticket = input.ticket ?? issueSignInTicket({ userId: user.id, sessionVersion: user.sessionVersion, passed: false });
  if (!input.code) return { status: "codeNeeded", ticket };
  const code = await checkSecondFactorCode(user.id, input.code);
  if (code === "throttled") return { status: "codeThrottled" };
  return code === "ok" ? { status: "ok", user } : { status: "codeInvalid", ticket };
}

/**
 * A ticket that signs the user in again without a code: made on the server,
 * never shown, for the session that just changed its password (which ended
 * every session, this one too).
 */
export async function renewalTicket(userId: string): Promise<string> {
  const [row] = await getDb().select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return issueSignInTicket({ userId, sessionVersion: row?.sessionVersion ?? -1, passed: true });
}
