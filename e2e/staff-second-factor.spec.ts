import { expect, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { demo, enterCode, newMember, signIn, signUp } from "./support/accounts";

const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

test("an editor without a second factor is sent to enrol, enrols, then signs in with password and code", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const editor = newMember("second-factor");
  await signUp(page, editor);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.goto(`/fr/admin/utilisateurs?q=${encodeURIComponent(editor.email)}`);
  const row = admin.getByRole("row").filter({ hasText: editor.email });
  await row.getByLabel(`Rôle de ${editor.name}`).selectOption("editor");
  await row.getByRole("button", { name: "Changer le rôle" }).click();
  await expect(row.getByText("Rôle changé.")).toBeVisible();
  await adminContext.close();

  // STAFF_MFA=required (the production default): the admin sends the new editor to enrol.
  await signIn(page, editor);
  await page.goto("/fr/admin");
  await expect(page).toHaveURL(/\/fr\/compte\?notice=second-factor/);
  await expect(page.getByText("Pour accéder à l'administration, activez d'abord la validation en deux étapes ci-dessous.")).toBeVisible();

  await page.getByRole("button", { name: "Activer la validation en deux étapes" }).click();
  await expect(page.getByRole("img", { name: "QR code à scanner avec une application d'authentification" })).toBeVisible();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code affiché par l'application").fill(codeAt(secret, Date.now()));
  await page.getByRole("button", { name: "Confirmer et activer" }).click();
  const recovery = page.getByRole("list", { name: "Vos codes de secours" });
  await expect(recovery.getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText(/La validation en deux étapes est active depuis le .*Codes de secours restants : 10\./)).toBeVisible();
  await page.goto("/fr/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");

  await page.goto("/fr/compte");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);

  // Password, then the code step; a wrong code is refused with a translated message and the email kept.
  await page.goto("/fr/connexion?callbackUrl=%2Ffr%2Fadmin");
  await page.getByLabel("Adresse e-mail").fill(editor.email);
  await page.getByLabel("Mot de passe").fill(editor.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText(`Votre mot de passe est correct. Saisissez le code à 6 chiffres affiché par votre application d'authentification pour ${editor.email}`)).toBeVisible();
  const right = codeAt(secret, Date.now() + 30_000);
  await page.getByLabel("Code de vérification").fill(String((Number(right) + 1) % 1_000_000).padStart(6, "0"));
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByText("Ce code est incorrect ou a déjà servi.").first()).toBeVisible();
  await expect(page.getByText(`pour ${editor.email}`)).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/connexion/);
  // The code of the next 30 s step: the one of this step was taken by the enrolment.
  await page.getByLabel("Code de vérification").fill(codeAt(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page).toHaveURL(/\/fr\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
});

test("without JavaScript the code step works: the form posts the code with its ticket", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse e-mail").fill(demo.editor.email);
  await page.getByLabel("Mot de passe").fill(demo.editor.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByLabel("Code de vérification")).toBeVisible();
  await expect(page.getByLabel("Mot de passe")).toHaveCount(0);
  await enterCode(page, demo.editor.totpSecret!);
  await expect(page).toHaveURL(/\/fr\/compte$/);
  await page.goto("/fr/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await context.close();
});
