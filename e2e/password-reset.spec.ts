import { expect, test } from "@playwright/test";
import { demo, newMember, signIn, signUp } from "./support/accounts";
import { linkIn, waitForMail } from "./support/mailbox";

test("a member resets a forgotten password with the link mailed to them (masked in the admin's outbox); the link works once", async ({ page, browser }) => {
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

  // The link reaches the member's mailbox; an admin reading the outbox sees that a link went out, never the link.
  const link = linkIn(await waitForMail(member.email, "Choisir un nouveau mot de passe"), /^\/fr\/reinitialiser\//);
  const token = link.split("/").at(-1)!;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.goto("/fr/admin/courrier");
  const mail = admin.getByRole("article", { name: "Choisir un nouveau mot de passe" }).filter({ hasText: member.email });
  await expect(mail).toHaveCount(1);
  await expect(admin.getByRole("article").filter({ hasText: "personne@example.net" })).toHaveCount(0);
  await mail.getByText("Lire le message").click();
  await expect(mail.locator("pre")).toContainText("/fr/reinitialiser/••••••••");
  expect(await admin.content()).not.toContain(token);
  await adminContext.close();

  await page.goto(link);
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

  await page.goto(link);
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
