import "server-only";
import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isUuid } from "@/lib/uuid";
import { signInCredentialsSchema } from "@/lib/validation/auth";
import { authConfig } from "./auth.config";
import { clientAddressOf } from "./client-address";
import { checkSignIn } from "./second-factor/sign-in";
import { endSession, startSession } from "./user-sessions";
import { findSessionUser } from "./users";

/** Carries the admin's reason to the sign-in form, which tells the member. */
export class BannedSignIn extends CredentialsSignin {
  code = "banned";
  constructor(readonly reason: string | null) {
    super();
  }
}

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** The password was right; the account's authenticator code is asked next. The ticket stands for the password meanwhile. */
export class SecondFactorSignIn extends CredentialsSignin {
  constructor(
    readonly code: "codeNeeded" | "codeInvalid" | "codeThrottled" | "ticketExpired",
    readonly ticket?: string,
  ) {
    super();
  }
}

/**
 * Whether a token still stands for a live session: its row exists, for its
 * user, with the session version it was issued with. `/api/auth/session`
 * (read by the header's account menu) runs this too, so that an ended session
 * is not shown as signed in there either. If the database cannot be asked,
 * the token is kept: that endpoint only decorates the page, while every
 * server check reads the database itself and fails closed.
 */
async function isLiveToken(token: JWT): Promise<boolean> {
  const { sub: userId, sid: sessionId, sv: sessionVersion } = token;
  if (!userId || !isUuid(userId) || !sessionId || !isUuid(sessionId) || sessionVersion === undefined) return false;
  try {
    return (await findSessionUser({ userId, sessionId, sessionVersion })) !== null;
  } catch {
    return true;
  }
}

/** The browser and network a sign-in comes from, for the session list (route handler or server action alike). */
async function signInOrigin(): Promise<{ userAgent: string | null; address: string }> {
  const requestHeaders = await headers();
  return { userAgent: requestHeaders.get("user-agent"), address: clientAddressOf(requestHeaders) };
}

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an answer to the visitor, not a fault of the portal: no stack trace for it.
    error(error) {
      if (error instanceof ThrottledSignIn) console.warn("[auth] sign-in refused: too many failures for the account or the address");
      else if (!(error instanceof CredentialsSignin)) console.error("[auth]", error);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      // A token is trusted as issued at sign-in; anything an `update` call sends is ignored.
      if (params.user) {
        token.sid = await startSession(params.user.id!, await signInOrigin());
        return token;
      }
      return (await isLiveToken(token)) ? token : null;
    },
  },
  events: {
    // Runs for every sign-out, through the portal's forms or Auth.js's own endpoint.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && isUuid(token.sub) && token.sid && isUuid(token.sid)) await endSession(token.sub, token.sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {}, code: {} },
      async authorize(credentials, request) {
        const parsed = signInCredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkSignIn(parsed.data, { address: clientAddressOf(request.headers) });
        if (result.status === "throttled") throw new ThrottledSignIn();
        if (result.status === "banned") throw new BannedSignIn(result.reason);
        if (result.status === "codeNeeded" || result.status === "codeInvalid") throw new SecondFactorSignIn(result.status, result.ticket);
        if (result.status === "codeThrottled" || result.status === "ticketExpired") throw new SecondFactorSignIn(result.status);
        if (result.status !== "ok") return null;
        const { user } = result;
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
