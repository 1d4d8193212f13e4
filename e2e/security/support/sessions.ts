import { expect, request, type APIRequestContext } from "@playwright/test";
import { demo } from "../../support/accounts";
import { sql } from "./database";

export type Role = "anonymous" | "member" | "otherMember" | "editor" | "admin";
export const roles: Role[] = ["anonymous", "member", "otherMember", "editor", "admin"];

export const otherMember = { email: "other-member@example.net", password: "other-member-password", name: "Autre membre" };

/** A client of the security server, signed in as the role (through Auth.js's own endpoints, as a script would). */
export async function clientAs(baseURL: string, role: Role): Promise<APIRequestContext> {
  const client = await request.newContext({ baseURL });
  if (role === "anonymous") return client;
  if (role === "otherMember") await ensureOtherMember();
  return signIn(client, role === "otherMember" ? otherMember : demo[role]);
}

/** Signs the client in and checks that the session is theirs. */
export async function signIn(client: APIRequestContext, account: { email: string; password: string }): Promise<APIRequestContext> {
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  const signedIn = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password },
    maxRedirects: 0,
  });
  expect(signedIn.status(), `sign-in of ${account.email}`).toBeLessThan(400);
  const session = await (await client.get("/api/auth/session")).json();
  expect(session?.user?.email, `session of ${account.email}`).toBe(account.email);
  return client;
}

async function ensureOtherMember() {
  const [existing] = await sql`select id from users where email = ${otherMember.email}`;
  if (existing) return;
  const { hashPassword } = await import("../../../lib/password");
  await sql`insert into users (name, email, role, preferred_locale, password_hash, email_verified_at)
    values (${otherMember.name}, ${otherMember.email}, 'member', 'fr', ${await hashPassword(otherMember.password)}, now())`;
}

/** A member made for the occasion (for actions that end the session), signed in; their password is FRESH_PASSWORD. */
export const FRESH_PASSWORD = "fresh member password";
export async function freshMember(baseURL: string): Promise<APIRequestContext> {
  const { hashPassword } = await import("../../../lib/password");
  const email = `fresh-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  await sql`insert into users (name, email, role, preferred_locale, password_hash, email_verified_at) values ('Membre éphémère', ${email}, 'member', 'fr', ${await hashPassword(FRESH_PASSWORD)}, now())`;
  return signIn(await request.newContext({ baseURL }), { email, password: FRESH_PASSWORD });
}
