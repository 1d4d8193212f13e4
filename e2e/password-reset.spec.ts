import { expect, test } from "@playwright/test";
import { demo, newMember, signIn, signUp } from "./support/accounts";

test("a member resets a forgotten password with the link of the mail the outbox holds; the link works once", async ({ page, browser }) => {
  const member = newMember("reset");
  await signUp(page, member);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();

  await page.goto("/fr/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/fr\/mot-de-passe-oublie$/);
  const sent = "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.";
  // An address without an account gets the very same answer.
  await page.getByLabel("Adresse e-mail").fill("personne@example.net");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText(sent)).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText(sent)).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.goto("/fr/admin/courrier");
  const mail = admin.getByRole("article", { name: "Choisir un nouveau mot de passe" }).filter({ hasText: member.email });
  await expect(mail).toHaveCount(1);
  await expect(admin.getByRole("article").filter({ hasText: "personne@example.net" })).toHaveCount(0);
  await mail.getByText("Lire le message").click();
  const body = await mail.locator("pre").innerText();
  const link = /https?:\/\/\S+\/fr\/reinitialiser\/[\w-]+/.exec(body)?.[0];
  expect(link).toBeTruthy();
  await adminContext.close();

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisir un nouveau mot de passe");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("un tout nouveau secret");
  await page.getByLabel("Confirmez le nouveau mot de passe").fill("un tout nouveau secret");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/connexion\?reset=1$/);
  await expect(page.getByText("Votre mot de passe est changé. Connectez-vous avec le nouveau.")).toBeVisible();

  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await signIn(page, { email: member.email, password: "un tout nouveau secret" });
  await expect(page).toHaveURL(/\/fr\/compte$/);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien inutilisable");
  await expect(page.getByText("Ce lien a déjà servi")).toBeVisible();
});

test("a made-up reset link says so plainly, in Azerbaijani on the Azerbaijani path", async ({ page }) => {
  await page.goto("/az/berpa/bu-kecid-heç-vaxt-olmayib-0123456789");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keçid yararsızdır");
  await expect(page.getByText("Bu keçid etibarlı deyil.")).toBeVisible();
  await page.getByRole("link", { name: "Yeni keçid istəyin" }).click();
  await expect(page).toHaveURL(/\/az\/sifreni-unutdum$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Şifrəni unutmusunuz?");
});
