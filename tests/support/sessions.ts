import { startSession } from "@/server/user-sessions";
import type { SessionRef } from "@/server/users";

/** A session row for the user, as a sign-in from `origin` makes it, and the reference its cookie would carry. */
export async function sessionOf(
  user: { id: string; sessionVersion: number },
  origin: { userAgent: string | null; address: string } = { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", address: "203.0.113.5" },
): Promise<SessionRef> {
  return { userId: user.id, sessionId: await startSession(user.id, origin), sessionVersion: user.sessionVersion };
}
