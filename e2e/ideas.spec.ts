import { expect, test } from "@playwright/test";
import { demo, enterCode, signIn } from "./support/accounts";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

test("a member's idea is public only once an editor approves it; another member supports it", async ({ page, browser }) => {
  await signUpMember(page, "Leyla Quliyeva");
  const title = uniqueTitle("Un bal pour le centenaire");
  const path = await submitIdea(page, { title, description: "Un grand bal à Paris le 28 mai 2018, avec un orchestre de Bakou.\n\nOuvert à tous." });

  const visitor = await browser.newPage();
  await visitor.goto("/fr/centenaire?sort=newest");
  await expect(visitor.getByRole("heading", { name: "Les idées de la communauté" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  expect((await visitor.goto(path))?.status()).toBe(404);
  const sitemap = async () => (await visitor.request.get("/sitemap.xml")).text();
  expect(await sitemap()).not.toContain(`${path}</loc>`);

  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    const card = queueCard(editor, title);
    await expect(card.getByText("Proposée par Leyla Quliyeva")).toBeVisible();
    await card.getByRole("button", { name: "Approuver et publier" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
    await expect(queueCard(editor, title)).toHaveCount(0);
  });

  await visitor.goto("/fr/centenaire?sort=newest");
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
  await visitor.getByRole("link", { name: title, exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Proposée par Leyla Quliyeva")).toBeVisible();
  await expect(visitor.getByRole("main").locator('div[lang="fr"]', { hasText: "Un grand bal à Paris" })).toBeVisible();
  // Now public: in the sitemap at its French page, with the Azerbaijani page as an alternate.
  const listed = await sitemap();
  expect(listed).toContain(`${path}</loc>`);
  expect(listed).toMatch(new RegExp(`hreflang="az"\\s+href="[^"]+/az/yuzillik/${path.split("/").pop()}"`));
  await visitor.close();

  // The author cannot support their own idea, and sees it published on their account page.
  await page.goto(path);
  await expect(page.getByText("C'est votre idée")).toBeVisible();
  await page.goto("/fr/compte");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText("Publiée")).toBeVisible();

  const other = await browser.newPage();
  await signUpMember(other, "Tural Məmmədov");
  await other.goto(path);
  await expect(other.getByText("Aucun soutien")).toBeVisible();
  await other.getByRole("button", { name: "Soutenir cette idée" }).click();
  await expect(other.getByText("1 soutien", { exact: true })).toBeVisible();
  await expect(other.getByRole("button", { name: "Retirer mon soutien" })).toHaveAttribute("aria-pressed", "true");
  await other.reload();
  await expect(other.getByText("1 soutien", { exact: true })).toBeVisible();
  await other.getByRole("button", { name: "Retirer mon soutien" }).click();
  await expect(other.getByText("Aucun soutien")).toBeVisible();
  await other.close();
});

test("a rejected idea shows its reason to its author, and to nobody else", async ({ page, browser }) => {
  await signUpMember(page, "Kamran Əsgərov");
  const title = uniqueTitle("Un feu d'artifice sur la tour Eiffel");
  const path = await submitIdea(page, { title, description: "Illuminer la tour Eiffel aux couleurs du drapeau de 1918.", category: "Commémoration" });
  const reason = "La Ville de Paris ne l'autorise pas pour une association ; proposez un autre lieu.";

  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    const card = queueCard(editor, title);
    await card.getByRole("button", { name: "Refuser" }).click();
    await expect(card.getByText("Indiquez le motif du refus (au moins 5 caractères).")).toBeVisible();
    await card.getByLabel("Motif du refus (communiqué à l'auteur)").fill(reason);
    await card.getByRole("button", { name: "Refuser" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est refusée." })).toBeVisible();
  });

  await page.goto("/fr/compte");
  const mine = page.getByRole("listitem").filter({ hasText: title });
  await expect(mine.getByText("Refusée")).toBeVisible();
  await expect(mine.getByText(reason)).toBeVisible();
  // Its public page is gone; its follow-up page, linked from the account page, keeps the reason for its author alone.
  await mine.getByRole("link", { name: "Voir l'idée" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/suivi$`));
  await expect(page.getByText(reason)).toBeVisible();

  const other = await browser.newPage();
  await signUpMember(other, "Səbinə Rəhimli");
  expect((await other.goto(path))?.status()).toBe(404);
  await expect(other.getByText(reason)).toHaveCount(0);
  expect((await other.goto(`${path}/suivi`))?.status()).toBe(404);
  await expect(other.getByText(reason)).toHaveCount(0);
  await other.context().clearCookies();
  expect((await other.goto(path))?.status()).toBe(404);
  await other.close();
});

test("a visitor is sent to sign in before the form, then comes back to it; the queue is for editors", async ({ page, request }) => {
  await page.goto("/az/yuzillik/teklif");
  await expect(page).toHaveURL(/\/az\/giris\?callbackUrl=%2Faz%2Fyuzillik%2Fteklif$/);
  await page.goto("/fr/centenaire/proposer");
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=%2Ffr%2Fcentenaire%2Fproposer$/);
  await page.getByLabel("Adresse e-mail").fill(demo.member.email);
  await page.getByLabel("Mot de passe").fill(demo.member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/fr\/centenaire\/proposer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proposer une idée");

  expect((await page.goto("/fr/admin/idees"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  expect((await page.request.get("/fr/admin/idees/export")).status()).toBe(403);

  const anonymous = await request.get("/fr/admin/idees/export");
  expect(anonymous.status()).toBe(401);
  await page.context().clearCookies();
  await page.goto("/fr/admin/idees");
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=%2Ffr%2Fadmin%2Fidees$/);
});

test("a visitor who wants to support is asked to sign in and comes back to the idea", async ({ page }) => {
  await page.goto("/fr/centenaire");
  const first = page.getByRole("article").first();
  const title = (await first.getByRole("heading").first().textContent()) ?? "";
  await first.getByRole("link", { name: "Connectez-vous pour soutenir cette idée" }).click();
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=%2Ffr%2Fcentenaire$/);
  await page.getByLabel("Adresse e-mail").fill(demo.admin.email);
  await page.getByLabel("Mot de passe").fill(demo.admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await enterCode(page, demo.admin.totpSecret!);
  // Back to the gallery as it was left (its plain address: no filter was chosen).
  await expect(page).toHaveURL(/\/fr\/centenaire$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: /Soutenir cette idée|Retirer mon soutien/ })).toBeVisible();
});

test("the list filters by category and reads each idea in its own language", async ({ page }) => {
  await page.goto("/az/yuzillik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Azərbaycan Xalq Cümhuriyyətinin yüzilliyi");
  await page.getByLabel("Kateqoriya").selectOption({ label: "İdman" });
  await page.getByRole("button", { name: "Göstərin" }).click();
  await expect(page).toHaveURL(/\/az\/yuzillik\?category=sport/);
  const cards = page.getByRole("article");
  await expect(cards.getByRole("heading", { name: "Une course solidaire des 100 ans au bois de Boulogne" })).toBeVisible();
  await expect(cards.getByRole("heading", { name: "Muğam gecəsi: gənc ifaçılar Parisdə" })).toHaveCount(0);
  await expect(cards.first().locator('[lang="fr"]', { hasText: "Une course de 10 km" })).toBeVisible();

  await page.goto("/az/yuzillik?category=concert");
  const mugham = page.getByRole("article").filter({ hasText: "Muğam gecəsi" });
  await expect(mugham.getByText("Fəaliyyət planına daxil edilib")).toBeVisible();
  await expect(mugham.getByRole("heading", { name: "Cavab: Azərbaycan Mədəniyyət Mərkəzi" })).toBeVisible();
  await expect(mugham.locator('[lang="az"]', { hasText: "Bakıdan və Parisdən" })).toBeVisible();
});

test("the form answers in Azerbaijani, keeps what was typed, and turns bots away", async ({ page }) => {
  await signIn(page, demo.member);
  await page.goto("/az/yuzillik/teklif");
  await expect(page.getByLabel("Fransız dili")).not.toBeChecked();
  await expect(page.getByLabel("Azərbaycan dili")).toBeChecked();
  await page.getByLabel("Başlıq").fill("Çay");
  await page.getByLabel("Təsvir").fill("Qısa mətn");
  await page.getByLabel("Kateqoriya").selectOption({ label: "Digər" });
  await page.getByRole("button", { name: "İdeyamı göndərin" }).click();
  await expect(page.getByText("Başlıq ən azı 5 simvoldan ibarət olmalıdır.")).toBeVisible();
  await expect(page.getByText("Təsvir ən azı 20 simvoldan ibarət olmalıdır.")).toBeVisible();
  await expect(page.getByLabel("Başlıq")).toHaveValue("Çay");
  await expect(page.getByLabel("Kateqoriya")).toHaveValue("other");

  await page.getByLabel("Başlıq").fill("Çay süfrəsi gecəsi");
  await page.getByLabel("Təsvir").fill("Azərbaycan çay ənənəsini tanıtmaq üçün bir axşam.");
  await page.locator("#field-website").fill("http://bot.example", { force: true });
  await page.getByRole("button", { name: "İdeyamı göndərin" }).click();
  await expect(page.getByText("Bu göndəriş avtomatik görünür və yadda saxlanılmadı.", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/az\/yuzillik\/teklif$/);
});
