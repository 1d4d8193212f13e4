import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

test("the author edits a pending idea from the account page, then withdraws it from the idea itself", async ({ page }) => {
  await signUpMember(page, "Orxan Babayev");
  const title = uniqueTitle("Une chorale");
  await submitIdea(page, { title, description: "Une chorale de la communauté pour chanter l'hymne de 1918.", anonymous: true });

  await page.goto("/fr/compte");
  const mine = page.getByRole("listitem").filter({ hasText: title });
  await expect(mine.getByText("En attente de modération")).toBeVisible();
  await mine.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier mon idée");
  await expect(page.getByLabel(/Rester anonyme/)).toBeChecked();
  const edited = `${title} (version 2)`;
  await page.getByLabel("Titre").fill(edited);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);

  // The idea's own page (its follow-up) offers what the account page offers while it waits.
  await expect(page).toHaveURL(/\/fr\/centenaire\/\d+\/suivi$/);
  await expect(page.getByRole("link", { name: "Modifier" })).toBeVisible();
  await page.getByText("Retirer cette idée…").click();
  await page.getByRole("button", { name: "Confirmer le retrait" }).click();
  await expect(page.getByText(/Cette idée a été retirée par son auteur/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);

  await page.goto("/fr/compte");
  const after = page.getByRole("listitem").filter({ hasText: edited });
  await expect(after.getByText("Retirée", { exact: true })).toBeVisible();
  await expect(after.getByRole("link", { name: "Modifier" })).toHaveCount(0);
});

test("two editors on the same idea: the second is told it was already moderated", async ({ page, browser }) => {
  await signUpMember(page, "Aynur Hüseynova");
  const title = uniqueTitle("Un concours de poésie");
  await submitIdea(page, { title, description: "Un concours de poésie en deux langues pour les lycéens.", category: "Jeunesse et éducation" });

  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, demo.editor);
  await signIn(second, demo.admin);
  await first.goto("/fr/admin/idees");
  await second.goto("/fr/admin/idees");

  await queueCard(first, title).getByRole("button", { name: "Approuver et publier" }).click();
  await expect(first.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();

  const stale = queueCard(second, title);
  await stale.getByLabel("Motif du refus (communiqué à l'auteur)").fill("Déjà au programme.");
  await stale.getByRole("button", { name: "Refuser" }).click();
  await expect(stale.getByText("Cette idée a déjà été modérée par quelqu'un d'autre")).toBeVisible();

  await page.goto("/fr/compte");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText("Publiée")).toBeVisible();
  await first.close();
  await second.close();
});
