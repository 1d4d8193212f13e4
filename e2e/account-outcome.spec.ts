import { expect, test, type Page } from "@playwright/test";
import { newMember, signUp, uniqueEmail } from "./support/accounts";
import { submitIdea, uniqueTitle } from "./support/ideas";

/*
 * The account page answers where the member is looking, and runs clean: every
 * outcome in view and focused after a save, and no error in the browser's
 * console (a form nested in a paragraph once broke hydration for every member
 * with an idea waiting for moderation).
 */

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("the account page of a member with a pending idea logs no console error", async ({ page }) => {
  await signUp(page, newMember("console"));
  await submitIdea(page, { title: uniqueTitle("Idée en attente"), description: "Une description assez longue pour passer la validation." });
  const errors = collectConsoleErrors(page);
  await page.goto("/fr/compte");
  await expect(page.getByText("Retirer cette idée…")).toBeVisible();
  // Hydration finished: the withdraw control, a client component, answers.
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("after saving the profile, the email or the password, the outcome is in view and focused", async ({ page }) => {
  const member = newMember("outcome");
  await signUp(page, member);
  await page.setViewportSize({ width: 1280, height: 720 });

  const profile = page.getByRole("region", { name: "Profil", exact: true });
  await profile.getByLabel("Nom affiché").fill("Membre au nom changé");
  await profile.getByRole("button", { name: "Enregistrer le profil" }).click();
  const saved = profile.getByText("Votre profil est enregistré.");
  await expect(saved).toBeInViewport();
  await expect(saved).toBeFocused();

  const email = page.getByRole("region", { name: "Adresse e-mail", exact: true });
  await email.scrollIntoViewIfNeeded();
  await email.getByLabel("Nouvelle adresse e-mail").fill(uniqueEmail("outcome-new"));
  await email.getByLabel("Mot de passe actuel").fill(member.password);
  await email.getByRole("button", { name: "Changer d'adresse e-mail" }).click();
  const mailed = email.getByText(/^Vérifiez la boîte de réception de la nouvelle adresse/);
  await expect(mailed).toBeInViewport();
  await expect(mailed).toBeFocused();

  const password = page.getByRole("region", { name: "Mot de passe", exact: true });
  await password.scrollIntoViewIfNeeded();
  await password.getByLabel("Mot de passe actuel").fill(member.password);
  await password.getByLabel("Nouveau mot de passe", { exact: true }).fill("encore plus secret");
  await password.getByLabel("Confirmez le nouveau mot de passe").fill("encore plus secret");
  await password.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/compte\?notice=password#password$/);
  const changed = password.getByText("Votre mot de passe est changé. Vos autres sessions sont fermées.");
  await expect(changed).toBeInViewport();
  await expect(changed).toBeFocused();
});
