import { expect, type Page } from "@playwright/test";
import { demoAccounts } from "../../db/demo-accounts";
import { linkIn, waitForMail } from "./mailbox";

export const demo = {
  admin: demoAccounts.find((a) => a.role === "admin")!,
  editor: demoAccounts.find((a) => a.role === "editor")!,
  member: demoAccounts.find((a) => a.role === "member")!,
};

/** Signs in through the French form and waits for the account page. */
export async function signIn(page: Page, account: { email: string; password: string }, path = "/fr/connexion") {
  await page.goto(path);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
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
