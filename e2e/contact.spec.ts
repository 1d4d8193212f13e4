import { expect, test } from "@playwright/test";
import { demo, uniqueEmail } from "./support/accounts";
import { waitForMail } from "./support/mailbox";

test("a visitor writes to Ulduz from the footer through its page; the editors get the message, and a bad field keeps what was typed", async ({ page }) => {
  await page.goto("/fr/agenda");
  await page.getByRole("contentinfo").getByRole("link", { name: "Association « Ulduz »" }).click();
  await expect(page).toHaveURL(/\/fr\/organisations\/ulduz$/);
  await page.getByRole("link", { name: "Écrire à l'organisation" }).click();
  await expect(page).toHaveURL(/\/fr\/contact\/ulduz$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nous écrire · Association Ulduz");

  const sender = uniqueEmail("contact");
  const subject = `Bénévolat ${Date.now()}`;
  await page.getByLabel("Votre nom").fill("Camille Durand");
  await page.getByLabel("Votre adresse e-mail").fill(sender);
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Votre message").fill("Court");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Votre message est trop court (10 caractères au moins).")).toBeVisible();
  await expect(page.getByLabel("Objet")).toHaveValue(subject);

  await page.getByLabel("Votre message").fill("Je peux aider à préparer la fête de Novruz.");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Merci, votre message est envoyé.")).toBeVisible();
  const mail = await waitForMail(demo.editor.email, `[Association Ulduz] Message de contact : ${subject}`);
  expect(mail.text).toContain(`De : Camille Durand <${sender}>`);
  expect(mail.text).toContain("Je peux aider à préparer la fête de Novruz.");
});

test("the Azerbaijani contact page of the Cultural Centre has its own address and its French twin", async ({ page }) => {
  await page.goto("/az/elaqe/medeniyyet-merkezi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bizə yazın · Azərbaycan Mədəniyyət Mərkəzi");
  await expect(page.getByRole("button", { name: "Mesajı göndərin" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /\/fr\/contact\/centre-culturel$/);
  expect((await page.request.get("/fr/contact/nulle-part")).status()).toBe(404);
});
