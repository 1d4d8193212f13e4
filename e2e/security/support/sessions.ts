import { expect, request, type APIRequestContext } from "@playwright/test";
import { demo } from "../../support/accounts";
import { Secret, TOTP } from "otpauth";
import { sql } from "./database";

export type Role = "anonymous" | "member" | "otherMember" | "editor" | "admin";
export const roles: Role[] = ["anonymous", "member", "otherMember", "editor", "admin"];

export const otherMember = { email: "other-member@example.net", password: "other-member-password", name: "Autre membre" };

// The sessions of the demo staff, kept for the run: each of their sign-ins takes a code, and a code is taken only once per 30 s.
const staffSessions = new Map<string, Awaited<ReturnType<APIRequestContext["storageState"]>>>();

/** A client of the security server, signed in as the role (through Auth.js's own endpoints, as a script would). */
export async function clientAs(baseURL: string, role: Role): Promise<APIRequestContext> {
  const account = role === "editor" || role === "admin" ? demo[role] : undefined;
  const kept = account && staffSessions.get(account.email);
  if (kept) {
    const reused = await request.newContext({ baseURL, storageState: kept });
    if ((await (await reused.get("/api/auth/session")).json())?.user?.email === account.email) return reused;
    await reused.dispose();
  }
  const client = await request.newContext({ baseURL });
  if (role === "anonymous") return client;
  if (role === "otherMember") await ensureOtherMember();
  return signIn(client, role === "otherMember" ? otherMember : demo[role]);
}

/** Signs the client in (with the code of the demo authenticator for staff) and checks that the session is theirs. */
export async function signIn(client: APIRequestContext, account: { email: string; password: string; totpSecret?: string }): Promise<APIRequestContext> {
  for (let attempt = 0; ; attempt++) {
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    // A script sends email, password and code at once; the form asks for the code in a second step.
    const code: Record<string, string> = account.totpSecret ? { code: TOTP.generate({ secret: Secret.fromBase32(account.totpSecret) }) } : {};
    const signedIn = await client.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: account.email, password: account.password, ...code },
      maxRedirects: 0,
    });
    expect(signedIn.status(), `sign-in of ${account.email}`).toBeLessThan(400);
    const session = await (await client.get("/api/auth/session")).json();
    // The code of this 30 s step was taken by an earlier sign-in: the next step's code will do.
    if (!session?.user && account.totpSecret && attempt < 3) {
      await new Promise((resolve) => setTimeout(resolve, TOTP.remaining() + 500));
      continue;
    }
    expect(session?.user?.email, `session of ${account.email}`).toBe(account.email);
    if (account.totpSecret) staffSessions.set(account.email, await client.storageState());
    return client;
  }
}

async function ensureOtherMember() {
  const [existing] = await sql`select id from users where email = ${otherMember.email}`;
  if (existing) return;
  const { hashPassword } = await import("../../../lib/password");
  // Confirmed and two days old: only such accounts may report an idea (the matrix's proof for reportIdeaAction).
  await sql`insert into users (name, email, role, preferred_locale, password_hash, created_at, email_verified_at)
    values (${otherMember.name}, ${otherMember.email}, 'member', 'fr', ${await hashPassword(otherMember.password)}, now() - interval '2 days', now() - interval '2 days')`;
}

/** A member made for the occasion (for actions that end the session), signed in; their password is FRESH_PASSWORD. */
export const FRESH_PASSWORD = "fresh member password";
export async function freshMember(baseURL: string): Promise<APIRequestContext> {
  const { hashPassword } = await import("../../../lib/password");
  const email = `fresh-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  await sql`insert into users (name, email, role, preferred_locale, password_hash, email_verified_at) values ('Membre éphémère', ${email}, 'member', 'fr', ${await hashPassword(FRESH_PASSWORD)}, now())`;
  return signIn(await request.newContext({ baseURL }), { email, password: FRESH_PASSWORD });
}
