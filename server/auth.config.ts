import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
    sessionVersion: number;
    /** The session row (db/schema/sessions.ts) this cookie stands for. */
    sessionId: string;
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sv?: number;
    /** The session row, written at sign-in by server/auth.ts. */
    sid?: string;
  }
}

// The part of the configuration that needs neither the database nor hashing.
export const authConfig = {
  // The portal runs behind its own reverse proxy, which sets the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 30 },
  pages: { signIn: "/fr/connexion" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "member";
      session.sessionVersion = token.sv ?? 0;
      session.sessionId = token.sid ?? "";
      return session;
    },
  },
} satisfies NextAuthConfig;
