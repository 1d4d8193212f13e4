import { expect, test, type APIRequestContext } from "@playwright/test";
import { confirmAddress, demo, newMember, signIn, signUp } from "./support/accounts";

// Forms work in a browser without JavaScript (or before it has loaded): the
// server renders the answer. A form refused this way once sent Next into an
// endless loop that stopped the whole server (vercel/next.js#57867), so each
// test also checks that the server still answers afterwards.
test.use({ javaScriptEnabled: false });

async function expectServerAnswers(request: APIRequestContext) {
  const health = await request.get("/api/health", { timeout: 5_000 });
  expect(health.status()).toBe(200);
}

test("a wrong password gets its error, the email stays, and the server keeps answering", async ({ page, request }) => {
  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse e-mail").fill(demo.member.email);
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(demo.member.email);
  await expectServerAnswers(request);

  await page.getByLabel("Mot de passe").fill(demo.member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/fr\/compte$/);
});

test("sign-up errors come back in Azerbaijani with the typed values, then the account is made and confirmed", async ({ page, request }) => {
  const member = newMember("sans-js");
  await page.goto("/az/qeydiyyat");
  await page.getByLabel("Görünən ad").fill(member.name);
  await page.getByLabel("E-poçt ünvanı").fill(member.email);
  await page.getByLabel("Şifrə").fill("qısa");
  await page.getByRole("button", { name: "Hesabımı yaradın" }).click();
  await expect(page.getByText("Şifrə ən azı 8 simvoldan ibarət olmalıdır.")).toBeVisible();
  await expect(page.getByLabel("Görünən ad")).toHaveValue(member.name);
  await expect(page.getByLabel("E-poçt ünvanı")).toHaveValue(member.email);
  await expectServerAnswers(request);

  await page.getByLabel("Şifrə").fill(member.password);
  await page.getByRole("button", { name: "Hesabımı yaradın" }).click();
  await expect(page.getByText("Poçt qutunuzu yoxlayın: bu ünvana indicə məktub göndərildi.")).toBeVisible();
  await expectServerAnswers(request);
  // The confirmation link's button works without JavaScript too.
  await confirmAddress(page, member.email);
  await expectServerAnswers(request);
});

test("a member's idea with errors comes back with them, and the server keeps answering", async ({ page, request }) => {
  await signIn(page, demo.member);
  await page.goto("/fr/centenaire/proposer");
  await page.getByLabel("Titre").fill("Thé");
  await page.getByLabel("Description").fill("Trop court");
  await page.getByRole("button", { name: "Envoyer mon idée" }).click();
  await expect(page.getByText("Le titre doit comporter au moins 5 caractères.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue("Thé");
  await expectServerAnswers(request);
});

test("a member registers from the cached event page and supports an idea from the cached gallery: each page comes back with the answer", async ({ page, request }) => {
  const member = newMember("sans-js-page");
  await signUp(page, member);
  const event = "/fr/agenda/reunion-de-la-communaute-preparer-le-centenaire";
  await page.goto(event);
  await page.getByRole("button", { name: "S'inscrire" }).click();
  await expect(page.getByText("Votre inscription est confirmée.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${event}$`));
  await expectServerAnswers(request);
  await page.goto("/fr/compte");
  await expect(page.getByRole("region", { name: "Mes inscriptions" }).getByText("Inscription confirmée")).toBeVisible();

  await page.goto("/fr/centenaire");
  const card = page.getByRole("article").first();
  const before = await card.getByText(/soutien/).first().textContent();
  await card.getByRole("button", { name: "Soutenir cette idée" }).click();
  const after = page.getByRole("article").first();
  await expect(after.getByRole("button", { name: "Retirer mon soutien" })).toHaveAttribute("aria-pressed", "true");
  await expect(after.getByText(/soutien/).first()).not.toHaveText(before!);
  await expectServerAnswers(request);
  // Pressed again, it takes the support back, and says so.
  await after.getByRole("button", { name: "Retirer mon soutien" }).click();
  await expect(page.getByRole("article").first().getByRole("button", { name: "Soutenir cette idée" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("article").first().getByText(/soutien/).first()).toHaveText(before!);
});
