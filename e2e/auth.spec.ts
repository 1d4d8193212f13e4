import { expect, test } from "@playwright/test";
import { confirmAddress, demo, enterCode, signIn, uniqueEmail } from "./support/accounts";
import { mailsTo, waitForMail } from "./support/mailbox";

test("a newcomer signs up, is asked to check their inbox, may sign in before confirming, confirms, signs out and in again", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  const account = { email, password: "un mot de passe sûr" };
  await page.goto("/fr/inscription");
  await page.getByLabel("Nom affiché").fill("Günel Məmmədova");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre boîte de réception : un e-mail vient de partir vers cette adresse.")).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/inscription$/);
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();

  // Signed in before confirming: the account page says why some things wait.
  await signIn(page, account);
  await expect(page).toHaveURL(/\/fr\/compte$/);
  await expect(page.getByText("Bonjour Günel Məmmədova")).toBeVisible();
  await expect(page.getByText(`Confirmez votre adresse e-mail ${email}`)).toBeVisible();

  await confirmAddress(page, email);
  await page.goto("/fr/compte");
  await expect(page.getByText("Bonjour Günel Məmmədova")).toBeVisible();
  await expect(page.getByText(`Confirmez votre adresse e-mail ${email}`)).toHaveCount(0);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();

  await signIn(page, { email: email.toUpperCase(), password: account.password });
  await expect(page).toHaveURL(/\/fr\/compte$/);
  await expect(page.getByText("Bonjour Günel Məmmədova")).toBeVisible();
});

test("sign-up errors are shown next to the fields, in Azerbaijani, and the typed values stay; a taken address gets the same answer as a free one", async ({ page }) => {
  await page.goto("/az/qeydiyyat");
  await page.getByLabel("Görünən ad").fill("Tural");
  await page.getByLabel("E-poçt ünvanı").fill(demo.member.email);
  await page.getByLabel("Şifrə").fill("qısa");
  await page.getByRole("button", { name: "Hesabımı yaradın" }).click();
  await expect(page.getByText("Şifrə ən azı 8 simvoldan ibarət olmalıdır.")).toBeVisible();
  await expect(page.getByLabel("Görünən ad")).toHaveValue("Tural");
  await expect(page.getByLabel("E-poçt ünvanı")).toHaveValue(demo.member.email);

  const before = mailsTo(demo.member.email).length;
  await page.getByLabel("Şifrə").fill("kifayət qədər uzun");
  await page.getByRole("button", { name: "Hesabımı yaradın" }).click();
  await expect(page.getByText("Poçt qutunuzu yoxlayın: bu ünvana indicə məktub göndərildi.")).toBeVisible();
  // The owner of the address is told someone tried; their password still works.
  await waitForMail(demo.member.email, "Quelqu'un a voulu créer un compte avec votre adresse", { after: before });
  await signIn(page, demo.member);
  await expect(page).toHaveURL(/\/fr\/compte$/);
});

test("a wrong password gets a translated error and keeps the email typed", async ({ page }) => {
  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse e-mail").fill(demo.member.email);
  await page.getByLabel("Mot de passe").fill("not the password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(demo.member.email);
  await expect(page).toHaveURL(/\/fr\/connexion$/);

  await page.goto("/az/giris");
  await page.getByLabel("E-poçt ünvanı").fill(demo.member.email);
  await page.getByLabel("Şifrə").fill("yanlış şifrə");
  await page.getByRole("button", { name: "Daxil olun" }).click();
  await expect(page.getByText("E-poçt ünvanı və ya şifrə yanlışdır.")).toBeVisible();
  await expect(page.getByLabel("E-poçt ünvanı")).toHaveValue(demo.member.email);
});

test("an anonymous visitor is sent to sign in, then comes back to the admin home", async ({ page }) => {
  await page.goto("/az/admin");
  await expect(page).toHaveURL(/\/az\/giris\?callbackUrl=%2Faz%2Fadmin$/);
  await page.getByLabel("E-poçt ünvanı").fill(demo.admin.email);
  await page.getByLabel("Şifrə").fill(demo.admin.password);
  await page.getByRole("button", { name: "Daxil olun" }).click();
  await enterCode(page, demo.admin.totpSecret!, "az");
  await expect(page).toHaveURL(/\/az\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("İdarəetmə");
});

test("a member is refused the admin home with a 403 in their language", async ({ page }) => {
  await signIn(page, demo.member);
  const response = await page.goto("/fr/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  await expect(page.getByText("Bienvenue")).toHaveCount(0);
});

test("the demo admin and the demo editor get into the admin home", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/fr/admin");
  await expect(page.getByText("Bienvenue, Leyla Admin. Vous êtes connecté en tant qu'administrateur.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Administration" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, demo.editor);
  const response = await page.goto("/fr/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
});
