import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, newMember, signIn, signUp, uniqueEmail } from "./support/accounts";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";

test("a member downloads everything the portal holds about them, as JSON", async ({ page }) => {
  const member = newMember("export");
  await signUp(page, member);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  expect(data.profile).toMatchObject({ name: member.name, email: member.email, role: "member", preferredLocale: "fr" });
  expect(JSON.stringify(data)).not.toContain("argon2");
});

test("a member deletes their account; the old session cookie is then signed out", async ({ page, browser }) => {
  const member = newMember("delete");
  await signUp(page, member);
  const oldCookies = await page.context().cookies();

  const danger = page.getByRole("region", { name: "Supprimer mon compte" });
  await danger.getByLabel("Confirmez avec votre mot de passe").fill("pas le bon");
  await danger.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(danger.getByText("Mot de passe incorrect.")).toBeVisible();
  await danger.getByLabel("Confirmez avec votre mot de passe").fill(member.password);
  await danger.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/compte\/supprime$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte est supprimé");

  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const old = await replay.newPage();
  await old.goto("/fr/compte");
  await expect(old).toHaveURL(/\/fr\/connexion\?callbackUrl=/);
  await expect(old.getByRole("link", { name: "Connexion" })).toBeVisible();
  const session = await old.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await replay.close();

  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
});

test("changing the password ends the member's other sessions and keeps this one", async ({ page, browser }) => {
  const member = newMember("password");
  await signUp(page, member);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, member);
  await expect(other).toHaveURL(/\/fr\/compte$/);

  const section = page.getByRole("region", { name: "Mot de passe", exact: true });
  await section.getByLabel("Mot de passe actuel").fill(member.password);
  await section.getByLabel("Nouveau mot de passe", { exact: true }).fill("encore plus secret");
  await section.getByLabel("Confirmez le nouveau mot de passe").fill("encore plus secret");
  await section.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(section.getByText("Votre mot de passe est changé. Vos autres sessions sont fermées.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  await other.goto("/fr/compte");
  await expect(other).toHaveURL(/\/fr\/connexion\?callbackUrl=/);
  await otherContext.close();
});

test("a member renames themself, picks Azerbaijani for / and mail, and cannot take an address in use in another case (nor learn that it is)", async ({ page }) => {
  const member = newMember("profile");
  await signUp(page, member);
  const profile = page.getByRole("region", { name: "Profil" });
  await profile.getByLabel("Nom affiché").fill("Nigar Əliyeva");
  await profile.getByLabel("Langue préférée").selectOption("az");
  await profile.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(profile.getByText("Votre profil est enregistré.")).toBeVisible();
  await expect(page.getByText("Bonjour Nigar Əliyeva")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/az$/);

  await page.goto("/fr/compte");
  const email = page.getByRole("region", { name: "Adresse e-mail" });
  const before = mailsTo(demo.member.email).length;
  await email.getByLabel("Nouvelle adresse e-mail").fill(demo.member.email.toUpperCase());
  await email.getByLabel("Mot de passe actuel").fill(member.password);
  await email.getByRole("button", { name: "Changer d'adresse e-mail" }).click();
  // The same answer as for a free address: the form does not tell who has an account. Its owner is told.
  await expect(email.getByText("Vérifiez la boîte de réception de la nouvelle adresse")).toBeVisible();
  await waitForMail(demo.member.email, "Quelqu'un a voulu utiliser votre adresse pour un autre compte", { after: before });
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: member.email })).toBeVisible();
});

test("a new address takes effect once it is confirmed from its own mailbox; the old address is told, with a link to cancel", async ({ page }) => {
  const member = newMember("new-address");
  await signUp(page, member);
  const newAddress = uniqueEmail("moved");
  const email = page.getByRole("region", { name: "Adresse e-mail" });
  await email.getByLabel("Nouvelle adresse e-mail").fill(newAddress);
  await email.getByLabel("Mot de passe actuel").fill(member.password);
  await email.getByRole("button", { name: "Changer d'adresse e-mail" }).click();
  await expect(email.getByText("Vérifiez la boîte de réception de la nouvelle adresse")).toBeVisible();
  const notice = await waitForMail(member.email, "Changement d'adresse e-mail demandé pour votre compte");
  expect(notice.text).toContain(newAddress);
  linkIn(notice, /^\/fr\/annuler-changement\//);
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: member.email })).toBeVisible();

  const confirmation = await waitForMail(newAddress, "Confirmez votre nouvelle adresse e-mail");
  await page.goto(linkIn(confirmation, /^\/fr\/confirmer\//));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmer votre nouvelle adresse e-mail");
  await page.getByRole("button", { name: "Confirmer l'adresse" }).click();
  await expect(page.getByText(`Votre adresse ${newAddress} est confirmée.`)).toBeVisible();
  await page.goto("/fr/compte");
  await expect(page.getByRole("definition").filter({ hasText: newAddress })).toBeVisible();
});

test("after 10 failed sign-ins the account refuses even the right password, and says why", async ({ page }) => {
  const member = newMember("locked");
  await signUp(page, member);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();
  await page.goto("/fr/connexion");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Adresse e-mail").fill(member.email);
    await page.getByLabel("Mot de passe").fill(`essai ${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
    // The form is reset once the answer is in: the next attempt starts clean.
    await expect(page.getByLabel("Mot de passe")).toHaveValue("");
  }
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("la connexion est bloquée pendant 15 minutes, même avec le bon mot de passe")).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/connexion$/);
});
