import { expect, type Cookie, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { demoAccounts } from "../../db/demo-accounts";
import { linkIn, waitForMail } from "./mailbox";

export const demo = {
  admin: demoAccounts.find((a) => a.role === "admin")!,
  editor: demoAccounts.find((a) => a.role === "editor")!,
  member: demoAccounts.find((a) => a.role === "member")!,
  // Editors of one organisation each (db/demo-accounts.ts).
  embassyEditor: demoAccounts.find((a) => a.email === "embassy@example.org")!,
  ulduzEditor: demoAccounts.find((a) => a.email === "ulduz@example.org")!,
};

type Account = { email: string; password: string; totpSecret?: string };

// Per worker: the session cookies of each staff account signed in with a code. A code is taken once
// (server/second-factor/verify-code.ts), so every new sign-in of one account waits for the next 30 s step;
// later tests of the worker reuse the session instead, and sign in again only if it has ended.
const staffSessions = new Map<string, Cookie[]>();

/** Signs in through the French form (and its code step for the demo staff) and waits to leave it. */
export async function signIn(page: Page, account: Account, path = "/fr/connexion") {
  const kept = staffSessions.get(account.email);
  if (kept && path === "/fr/connexion") {
    await page.context().addCookies(kept);
    const session = await (await page.request.get("/api/auth/session")).json();
    if (session?.user?.email === account.email) {
      await page.goto("/fr/compte");
      await expect(page).toHaveURL(/\/fr\/compte/);
      return;
    }
  }
  await page.goto(path);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (account.totpSecret) {
    await enterCode(page, account.totpSecret);
    staffSessions.set(account.email, (await page.context().cookies()).filter((c) => c.name.includes("session-token")));
  }
  await expect(page).not.toHaveURL(/\/connexion/);
}

const codeLabels = {
  fr: { code: "Code de vérification", submit: "Vérifier" },
  az: { code: "Təsdiq kodu", submit: "Təsdiqləyin" },
};

/**
 * Fills the code step with the code the authenticator shows now, as a phone
 * would (otpauth). If the code was just taken by another sign-in of the same
 * account, waits for the next 30-second step and tries again.
 */
export async function enterCode(page: Page, secret: string, locale: keyof typeof codeLabels = "fr") {
  const labels = codeLabels[locale];
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel(labels.code).fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: labels.submit }).click();
    const response = await answer;
    if (response.status() === 303 || response.headers()["x-action-redirect"] || attempt === 3) break;
    await page.waitForTimeout(TOTP.remaining() + 500);
  }
}

/** An address no other test run has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
}

/** A member of this run only, with the fields of the sign-up form. */
export function newMember(prefix: string) {
  return { name: `Membre ${prefix}`, email: uniqueEmail(prefix), password: `mot de passe ${prefix}` };
}

/**
 * Signs up through the French form, confirms the address with the link of
 * the mail that reaches the member's mailbox, signs in and waits for the
 * account page: a member ready to submit, support and register.
 */
export async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/fr/inscription");
  await page.getByLabel("Nom affiché").fill(account.name);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre boîte de réception")).toBeVisible();
  await confirmAddress(page, account.email);
  await signIn(page, account);
  await expect(page).toHaveURL(/\/fr\/compte$/);
}

/** Opens the newest confirmation link mailed to the address and presses its button. */
export async function confirmAddress(page: Page, email: string) {
  const mail = await waitForMail(email, /^(Confirmez votre|E-poçt ünvanınızı təsdiqləyin|Yeni e-poçt)/);
  await page.goto(linkIn(mail, /^\/(fr\/confirmer|az\/tesdiq)\//));
  await page.getByRole("button", { name: /^(Confirmer l'adresse|Ünvanı təsdiqləyin)$/ }).click();
  await expect(page.getByText(/(est confirmée|təsdiqləndi)\.$/)).toBeVisible();
}
