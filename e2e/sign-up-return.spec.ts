import { expect, test } from "@playwright/test";
import { confirmAddress, newMember } from "./support/accounts";

test("signing up from an event page leads back to the event once the address is confirmed", async ({ page }) => {
  await page.goto("/fr/agenda");
  await page.locator('main a[href^="/fr/agenda/"]').first().click();
  await expect(page).toHaveURL(/\/fr\/agenda\/[^/?]+$/);
  const eventPath = new URL(page.url()).pathname;

  // The header says "create an account" (not "Inscription", which the event box uses for registering).
  await page.getByRole("banner").getByRole("link", { name: "Créer un compte" }).click();
  await expect(page).toHaveURL(/\/fr\/inscription\?callbackUrl=/);
  const member = newMember("retour");
  await page.getByLabel("Nom affiché").fill(member.name);
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre boîte de réception")).toBeVisible();

  await confirmAddress(page, member.email);
  await page.getByRole("link", { name: "Connectez-vous pour continuer" }).click();
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}$`));
});

test("the Azerbaijani header offers 'Hesab yarat' and keeps the page to come back to", async ({ page }) => {
  await page.goto("/az/tedbirler");
  const link = page.getByRole("banner").getByRole("link", { name: "Hesab yarat" });
  await expect(link).toHaveAttribute("href", "/az/qeydiyyat?callbackUrl=%2Faz%2Ftedbirler");
});
