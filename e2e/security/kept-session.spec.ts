import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { hashPassword } from "../../lib/password";
import { signIn } from "../support/accounts";
import { builtActions } from "./support/actions";
import { sql } from "./support/database";

// An attacker who copied a member's session cookie (a shared computer, a stolen backup, a
// proxy's log) replays it with plain HTTP requests: no browser, no state shared with the member.

const prev = { ok: false, fieldErrors: {}, values: {} };
const PASSWORD = "kept session password";

async function newMember(label: string) {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  const name = `Membre ${label}`;
  const [row] = await sql`insert into users (name, email, role, preferred_locale, password_hash)
    values (${name}, ${email}, 'member', 'fr', ${await hashPassword(PASSWORD)}) returning id`;
  return { id: row.id as string, email, name, password: PASSWORD };
}

/** The session cookie of a browser, as "name=value", to be sent by hand. */
async function keptCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie, "the browser holds a session cookie").toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** What a script sees with the kept cookie alone. */
function replay(baseURL: string, cookie: string) {
  const get = (path: string) => fetch(new URL(path, baseURL), { headers: { cookie }, redirect: "manual" });
  return {
    get,
    async sessionEmail(): Promise<string | null> {
      const session = await (await get("/api/auth/session")).json();
      return session?.user?.email ?? null;
    },
    /** A server action posted as React's client posts it (Next-Action header, arguments as multipart). */
    action(actionId: string, path: string, args: unknown[], form: Record<string, string>) {
      const body = new FormData();
      for (const [name, value] of Object.entries(form)) body.append(`_1_${name}`, value);
      body.append("0", JSON.stringify(args.map((arg) => (arg === "FORM" ? "$K1" : arg))));
      return fetch(new URL(path, baseURL), {
        method: "POST",
        headers: { cookie, "Next-Action": actionId, Accept: "text/x-component", Origin: new URL(baseURL).origin },
        body,
        redirect: "manual",
      });
    },
  };
}

async function signedInBrowser(browser: Browser, baseURL: string, account: { email: string; password: string }, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page, cookie: await keptCookie(context) };
}

async function nameOf(id: string): Promise<string> {
  const [row] = await sql`select name from users where id = ${id}`;
  return row.name;
}

test("a session cookie kept from before sign-out opens nothing: not the account page, the export, the session or reader endpoints or a server action", async ({ browser, baseURL }) => {
  const member = await newMember("kept");
  const { context, page, cookie } = await signedInBrowser(browser, baseURL!, member);
  const attacker = replay(baseURL!, cookie);
  const updateProfile = builtActions().get("actions/account.ts#updateProfileAction")!;
  const profileForm = (name: string) => attacker.action(updateProfile, "/fr/compte", [prev, "FORM"], { locale: "fr", name, preferredLocale: "fr" });

  // Before sign-out the copy is as good as the browser's: the replays below are the ones that work.
  expect(await attacker.sessionEmail()).toBe(member.email);
  expect((await (await attacker.get("/api/reader")).json()).user?.name).toBe(member.name);
  expect((await attacker.get("/fr/compte")).status).toBe(200);
  expect((await attacker.get("/api/account/export")).status).toBe(200);
  expect((await profileForm("Nom avant la déconnexion")).status).toBeLessThan(400);
  expect(await nameOf(member.id)).toBe("Nom avant la déconnexion");

  await page.goto("/fr/compte");
  await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/compte/);

  const account = await attacker.get("/fr/compte");
  expect(account.status).toBe(307);
  expect(account.headers.get("location")).toMatch(/\/fr\/connexion\?callbackUrl=/);
  const exported = await attacker.get("/api/account/export");
  expect([401, 403]).toContain(exported.status);
  expect(await exported.text()).not.toContain(member.email);
  expect(await attacker.sessionEmail()).toBeNull();
  // The per-reader endpoint of the cached pages checks the session row as pages do.
  expect(await (await attacker.get("/api/reader")).json()).toEqual({ user: null });
  const replayed = await profileForm("Nom du pirate");
  expect(replayed.status).toBeLessThan(500);
  expect(await nameOf(member.id)).toBe("Nom avant la déconnexion");
  // Sign-out deleted the row: nothing is left to revive.
  expect(await sql`select id from user_sessions where user_id = ${member.id}`).toEqual([]);
  await context.close();
});

test("signing out one device, then every other one, from a browser without JavaScript kills the other browsers' copied cookies at once", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const member = await newMember("devices");
  const phone = await signedInBrowser(browser, baseURL!, member);
  const laptop = await signedInBrowser(browser, baseURL!, member);
  const here = await signedInBrowser(browser, baseURL!, member, { javaScriptEnabled: false });
  const [phoneSession] = await sql`select id from user_sessions where user_id = ${member.id} order by created_at limit 1`;

  const { page } = here;
  await page.goto("/fr/compte");
  const list = page.getByRole("region", { name: "Appareils connectés" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list.getByText("Cet appareil", { exact: true })).toHaveCount(1);
  await expect(list.getByText("127.0.0.0/24").first()).toBeVisible();

  await list.locator(`button[name="end"][value="${phoneSession.id}"]`).click();
  await expect(list.getByText("L'appareil est déconnecté.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  expect(await replay(baseURL!, phone.cookie).sessionEmail()).toBeNull();
  expect((await replay(baseURL!, phone.cookie).get("/fr/compte")).status).toBe(307);
  await phone.page.goto("/fr/compte");
  await expect(phone.page).toHaveURL(/\/fr\/connexion/);
  expect(await replay(baseURL!, laptop.cookie).sessionEmail()).toBe(member.email);

  await list.getByRole("button", { name: "Déconnecter tous les autres appareils" }).click();
  await expect(list.getByText("1 autre appareil est déconnecté.")).toBeVisible();
  await expect(list.getByText("Votre compte n'est ouvert sur aucun autre appareil.")).toBeVisible();
  expect(await replay(baseURL!, laptop.cookie).sessionEmail()).toBeNull();
  expect((await replay(baseURL!, laptop.cookie).get("/api/account/export")).status).toBe(401);
  expect(await replay(baseURL!, here.cookie).sessionEmail()).toBe(member.email);

  for (const device of [phone, laptop, here]) await device.context.close();
});

test("a member replaying the sign-out action with another member's session id ends nothing", async ({ browser, baseURL }) => {
  const victim = await newMember("victim");
  const intruder = await newMember("intruder");
  const victimBrowser = await signedInBrowser(browser, baseURL!, victim);
  const intruderBrowser = await signedInBrowser(browser, baseURL!, intruder);
  const [victimSession] = await sql`select id from user_sessions where user_id = ${victim.id}`;
  const endSessions = builtActions().get("actions/sessions.ts#endSessionsAction")!;

  const response = await replay(baseURL!, intruderBrowser.cookie).action(endSessions, "/fr/compte", [prev, "FORM"], { locale: "fr", end: victimSession.id });
  expect(response.status).toBeLessThan(500);
  expect(await replay(baseURL!, victimBrowser.cookie).sessionEmail()).toBe(victim.email);
  expect(await sql`select id from user_sessions where id = ${victimSession.id}`).toHaveLength(1);

  for (const device of [victimBrowser, intruderBrowser]) await device.context.close();
});
