import { expect, test } from "@playwright/test";
import { newMember, signIn } from "./support/accounts";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";

test("an unconfirmed member is told why they cannot submit yet, resends the link, confirms from the mailbox, then submits", async ({ page }) => {
  const member = newMember("unconfirmed");
  await page.goto("/fr/inscription");
  await page.getByLabel("Nom affiché").fill(member.name);
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre boîte de réception")).toBeVisible();
  const first = linkIn(await waitForMail(member.email, "Confirmez votre adresse e-mail"), /^\/fr\/confirmer\//);

  await signIn(page, member);
  await page.goto("/fr/centenaire/proposer");
  await expect(page.getByRole("note").filter({ hasText: `Confirmez votre adresse e-mail ${member.email}` })).toBeVisible();
  const title = `Idée d'un membre à confirmer ${Date.now().toString(36)}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Description").fill("Une soirée de mugham au Centre culturel, ouverte à tous.");
  await page.getByLabel("Catégorie").selectOption({ label: "Concert" });
  await page.getByRole("button", { name: "Envoyer mon idée" }).click();
  await expect(page.getByText("Confirmez d'abord votre adresse e-mail")).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel("Titre")).toHaveValue(title);

  const sent = mailsTo(member.email).length;
  await page.getByRole("button", { name: "Renvoyer le lien de confirmation" }).click();
  await expect(page.getByText("Un nouveau lien vient de partir.")).toBeVisible();
  const second = linkIn(await waitForMail(member.email, "Confirmez votre adresse e-mail", { after: sent }), /^\/fr\/confirmer\//);
  expect(second).not.toBe(first);

  // The earlier link was replaced by the new one.
  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien inutilisable");
  await page.goto(second);
  await expect(page.getByText(`Confirmez que l'adresse ${member.email} est bien la vôtre.`)).toBeVisible();
  await page.getByRole("button", { name: "Confirmer l'adresse" }).click();
  await expect(page.getByText(`Votre adresse ${member.email} est confirmée.`)).toBeVisible();
  await page.getByRole("link", { name: "Aller à mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/compte$/);

  await page.goto("/fr/centenaire/proposer");
  await expect(page.getByRole("note").filter({ hasText: "Confirmez votre adresse e-mail" })).toHaveCount(0);
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Description").fill("Une soirée de mugham au Centre culturel, ouverte à tous.");
  await page.getByLabel("Catégorie").selectOption({ label: "Concert" });
  await page.getByRole("button", { name: "Envoyer mon idée" }).click();
  // The thank-you page says what happens next and leads to the idea's follow-up.
  await expect(page).toHaveURL(/\/fr\/centenaire\/merci\?idee=\d+$/);
  await expect(page.getByRole("heading", { name: "Ce qui se passe maintenant" })).toBeVisible();
  await page.getByRole("link", { name: "Voir mon idée" }).click();
  await expect(page).toHaveURL(/\/fr\/centenaire\/\d+\/suivi$/);
  await expect(page.getByText("Cette idée attend la relecture d'un modérateur.")).toBeVisible();
});

test("a made-up confirmation or cancel link says so, in Azerbaijani on the Azerbaijani paths", async ({ page }) => {
  await page.goto("/az/tesdiq/bu-kecid-hec-vaxt-olmayib-0123456789");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keçid yararsızdır");
  await expect(page.getByText("Bu keçid etibarlı deyil.")).toBeVisible();
  await page.goto("/az/deyisikliyi-legv-et/bu-kecid-hec-vaxt-olmayib-0123456789");
  await expect(page.getByText("Bu keçid etibarlı deyil.")).toBeVisible();
});
