import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

// Sign-ups, two ideas approved and merged: long on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** The gallery's search form, in the page's main part (the header holds the site's search). */
async function searchGallery(page: Page, name: string, button: string, words: string) {
  const form = page.getByRole("main").getByRole("search");
  await form.getByRole("searchbox", { name }).fill(words);
  await form.getByRole("button", { name: button }).click();
}

test("a visitor searches the gallery in Azerbaijani and in French, without the special letters, and keeps the retained ideas", async ({ page }) => {
  // Azerbaijani typed on a French keyboard: "uzeyir hacibeyov" finds "Üzeyir Hacıbəyovun".
  await page.goto("/az/yuzillik");
  await searchGallery(page, "İdeya axtarın", "Axtarın", "uzeyir hacibeyov");
  // A search alone is the cached page of that search, at the gallery's own address.
  await expect(page).toHaveURL(/\/az\/yuzillik\?q=uzeyir\+hacibeyov$/);
  await expect(page.getByRole("heading", { level: 2, name: "«uzeyir hacibeyov» sorğusuna uyğun ideyalar" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Üzeyir Hacıbəyovun musiqisi ilə yubiley konserti", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /^İdeyanı oxuyun/ })).toHaveCount(1);

  // French without its accents; then only the retained ideas, which keeps the words searched.
  await page.goto("/fr/centenaire");
  await searchGallery(page, "Rechercher une idée", "Rechercher", "DELEGATION");
  await expect(page.getByRole("link", { name: "Une plaque en souvenir de la délégation azerbaïdjanaise de 1919", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cycle de conférences : Topchubashov et la délégation de 1919 à Paris", exact: true })).toBeVisible();
  await page.getByLabel("État").selectOption({ label: "Retenues pour le plan d'action" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/[?&]status=retained/);
  // Nothing retained matches: the page says so, and offers ways on.
  const empty = page.getByRole("status").filter({ hasText: "Aucune idée publiée ne correspond à « DELEGATION »." });
  await expect(empty).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Rechercher une idée" })).toHaveValue("DELEGATION");
  await expect(empty.getByRole("link", { name: "Chercher « DELEGATION » dans toutes les idées, sans filtre" })).toBeVisible();
  await expect(empty.getByRole("link", { name: "Votre idée n'y est pas ? Proposez-la" })).toHaveAttribute("href", "/fr/centenaire/proposer");

  // A retained idea: "mugam" finds "Muğam gecəsi", and the retained filter keeps it.
  await searchGallery(page, "Rechercher une idée", "Rechercher", "mugam gecesi");
  await expect(page).toHaveURL(/status=retained/);
  const card = page.getByRole("main").getByRole("listitem").filter({ hasText: "Muğam gecəsi: gənc ifaçılar Parisdə" });
  await expect(card.getByText("Retenue pour le plan d'action")).toBeVisible();
  await expect(card.locator('[lang="az"]').first()).toBeVisible();
  // The same in Azerbaijani, on the address a reader would share.
  await page.goto("/az/yuzillik?q=MUĞAM&status=retained");
  await expect(page.getByRole("link", { name: "Muğam gecəsi: gənc ifaçılar Parisdə", exact: true })).toBeVisible();
  await page.goto("/az/yuzillik?q=zzzqqq");
  await expect(page.getByRole("status").filter({ hasText: "«zzzqqq» sorğusuna uyğun dərc olunmuş ideya tapılmadı." })).toBeVisible();
});

test("an editor merges a duplicate; its old address leads to the idea that stays, which names it", async ({ page, browser, request }) => {
  await signUpMember(page, "Aynur Rzayeva");
  const word = uniqueTitle("Novruz").split(" ")[1];
  const kept = `Novruz tonqalı Parisdə ${word}`;
  const duplicate = `Un feu de Novruz à Paris ${word}`;
  const keptPath = await submitIdea(page, { title: kept, description: "Novruz bayramında Sena sahilində tonqal və xalq rəqsləri." });
  const duplicatePath = await submitIdea(page, { title: duplicate, description: "Un feu de Novruz au bord de la Seine, avec des danses populaires." });
  const [keptId, duplicateId] = [keptPath, duplicatePath].map((path) => path.split("/").pop()!);

  await asEditor(browser, async (editor) => {
    for (const title of [kept, duplicate]) {
      await editor.goto("/fr/admin/idees");
      await queueCard(editor, title).getByRole("button", { name: "Approuver et publier" }).click();
      await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
    }
    // Both in the gallery's search, served from the cache once asked.
    await expect.poll(async () => (await request.get(`/fr/centenaire?q=${word}`)).headers()["x-nextjs-cache"], { timeout: 30_000 }).toBe("HIT");
    const cached = await (await request.get(`/fr/centenaire?q=${word}`)).text();
    expect(cached).toContain(kept);
    expect(cached).toContain(duplicate);
    // The duplicate's discussion, which the merge brings along.
    await editor.goto(duplicatePath);
    await editor.getByLabel("Votre commentaire").fill(`Une salle au bord de la Seine ${word} ?`);
    await editor.getByRole("button", { name: "Publier le commentaire" }).click();
    await expect(editor.locator("#discussion article").filter({ hasText: `Une salle au bord de la Seine ${word} ?` })).toBeVisible();
    await editor.goto(`${duplicatePath}/suivi`);
    const merge = editor.getByRole("form", { name: "Fusionner avec une autre idée" });
    // A number that names no public idea: refused, with the reason, the number kept.
    await merge.getByLabel("Numéro de l'idée qui reste").fill(duplicateId);
    await merge.getByText("Fusionner cette idée…").click();
    await merge.getByRole("button", { name: "Confirmer la fusion" }).click();
    await expect(editor.getByText("Une idée ne peut pas être fusionnée avec elle-même")).toBeVisible();
    await expect(merge.getByLabel("Numéro de l'idée qui reste")).toHaveValue(duplicateId);
    await merge.getByLabel("Numéro de l'idée qui reste").fill(keptId);
    // The confirmation step may still be open from the first attempt.
    const confirm = merge.getByRole("button", { name: "Confirmer la fusion" });
    if (!(await confirm.isVisible())) await merge.getByText("Fusionner cette idée…").click();
    await confirm.click();
    await expect(editor).toHaveURL(new RegExp(`${keptPath}/suivi\\?`));
    await expect(editor.getByRole("status").filter({ hasText: "Le doublon a été fusionné dans cette idée" })).toBeVisible();
  });

  // The old address answers 308 to the idea that stays, in each language.
  for (const [from, to] of [[duplicatePath, keptPath], [`/az/yuzillik/${duplicateId}`, `/az/yuzillik/${keptId}`]]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers()["location"], from).toMatch(new RegExp(`${to}\\?merged=${duplicateId}$`));
  }
  const visitor = await browser.newPage();
  await visitor.goto(duplicatePath);
  await expect(visitor).toHaveURL(new RegExp(`${keptPath}\\?merged=${duplicateId}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(kept);
  const notice = visitor.getByRole("status").filter({ hasText: "Vous arrivez par l'adresse de l'idée" });
  await expect(notice).toContainText(`« ${duplicate} »`);
  await expect(notice.locator('[lang="fr"]')).toHaveText(duplicate);
  // Its discussion came along, each comment saying where it was written.
  const moved = visitor.locator("#discussion article").filter({ hasText: `Une salle au bord de la Seine ${word} ?` });
  await expect(moved).toContainText(`Écrit sous l'idée « ${duplicate} », fusionnée avec celle-ci.`);
  await visitor.goto(`/az/yuzillik/${duplicateId}`);
  await expect(visitor.getByRole("status").filter({ hasText: "ideyasının ünvanından gəldiniz" })).toContainText(duplicate);
  // The duplicate has left the gallery, and the cached search shows it at the next visit; the idea that stays is found.
  await visitor.goto(`/fr/centenaire?q=${word}`);
  await expect(visitor.getByRole("link", { name: kept, exact: true })).toBeVisible();
  await expect(visitor.getByRole("link", { name: duplicate, exact: true })).toHaveCount(0);
  await visitor.close();

  // The audit log tells it as a sentence, in each language.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.goto("/fr/admin/journal");
  await admin.getByLabel("Type d'action").selectOption({ label: "Fusion d'un doublon" });
  await admin.getByRole("button", { name: "Filtrer" }).click();
  const entry = admin.getByRole("listitem").filter({ hasText: `a fusionné l'idée « ${duplicate} » dans une autre idée, qui en reprend les soutiens et la discussion.` });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText(`Fusionnée dans l'idée n° ${keptId}, « ${kept} ».`)).toBeVisible();
  await admin.goto("/az/admin/journal?kind=idea.merge");
  await expect(admin.getByRole("listitem").filter({ hasText: `«${duplicate}» ideyasını başqa ideya ilə birləşdirdi` })).toHaveCount(1);
  await admin.close();

  // Its author follows it still, and learns where it went.
  await page.goto(`${duplicatePath}/suivi`);
  await expect(page.getByText("Fusionnée avec une autre idée")).toBeVisible();
  await expect(page.getByRole("link", { name: `Voir l'idée n° ${keptId}, qui la remplace` })).toBeVisible();
});
