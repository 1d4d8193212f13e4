import { expect, type Browser, type Page } from "@playwright/test";
import { demo, signIn, signUp, uniqueEmail } from "./accounts";

/** A member of their own for each test, so that daily limits and supports never collide. */
export async function signUpMember(page: Page, name: string) {
  await signUp(page, { name, email: uniqueEmail("idea"), password: "un mot de passe sûr" });
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Fills and sends the French form; returns the idea's public address (the author lands on its follow-up page, `…/suivi`). */
export async function submitIdea(page: Page, idea: { title: string; description: string; category?: string; anonymous?: boolean }) {
  await page.goto("/fr/centenaire/proposer");
  await page.getByLabel("Titre").fill(idea.title);
  await page.getByLabel("Description").fill(idea.description);
  await page.getByLabel("Catégorie").selectOption({ label: idea.category ?? "Concert" });
  if (idea.anonymous) await page.getByLabel(/Rester anonyme/).check();
  await page.getByRole("button", { name: "Envoyer mon idée" }).click();
  // The thank-you page says what happens next and leads to the idea's follow-up.
  await expect(page).toHaveURL(/\/fr\/centenaire\/merci\?idee=\d+$/);
  await expect(page.getByRole("heading", { name: "Ce qui se passe maintenant" })).toBeVisible();
  await page.getByRole("link", { name: "Voir mon idée" }).click();
  await expect(page).toHaveURL(/\/fr\/centenaire\/\d+\/suivi$/);
  await expect(page.getByText("Cette idée attend la relecture d'un modérateur.")).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/suivi$/, "");
}

/** The queue's card of an idea, found by its title. */
export function queueCard(page: Page, title: string) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

/** Runs `body` as the demo editor in a browser context of its own. */
export async function asEditor(browser: Browser, body: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demo.editor);
  await body(page);
  await context.close();
}
