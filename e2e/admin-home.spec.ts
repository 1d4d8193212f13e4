import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

const card = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

async function countOn(page: Page, title: string): Promise<number> {
  const text = await card(page, title).getByText(/^\d[\d\s]*$/).textContent();
  return Number((text ?? "").replace(/\s/g, ""));
}

test("a member's new idea is one more pending idea on the editor's admin home, and the card leads to it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpMember(page, "Səbinə Əliyeva");
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, demo.editor);

  // Other tests submit and moderate ideas at the same time, so the count may
  // also move for them: the step is tried again, with a new idea, until nobody
  // else moved it in between. An admin home that missed the new idea fails every try.
  let title = "";
  await expect(async () => {
    await editor.goto("/fr/admin");
    const before = await countOn(editor, "Idées en attente de relecture");
    title = uniqueTitle("Une exposition de tapis de Quba");
    await submitIdea(page, { title, description: "Une exposition des tapis de Quba et de Şirvan à Paris, pour le centenaire." });
    await editor.reload();
    expect(await countOn(editor, "Idées en attente de relecture")).toBe(before + 1);
  }).toPass({ timeout: 90_000 });

  await card(editor, "Idées en attente de relecture").getByRole("link", { name: "Ouvrir la file de modération" }).click();
  await expect(editor).toHaveURL(/\/fr\/admin\/idees#pending$/);
  await expect(queueCard(editor, title)).toBeVisible();
  await editorContext.close();
});

test("the admin home shows every count in Azerbaijani, each leading to its section", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/az/admin");
  const summary = page.getByRole("region", { name: "Qısa icmal" });
  await expect(summary.getByRole("article")).toHaveCount(6);
  // The demo content has one idea hidden after reports and a draft article.
  await expect(card(page, "Şikayətlərdən sonra gizlədilən ideyalar").getByText(/^\d+$/)).not.toHaveText("0");
  await expect(card(page, "Qarşıdakı tədbirlər").getByText(/qaralama( yoxdur)? · gözləmə siyahısı/)).toBeVisible();
  // An editor cannot open the users page: the count comes without a link.
  await expect(card(page, "Bu həftə yeni üzvlər").getByRole("link")).toHaveCount(0);

  await card(page, "Xəbər qaralamaları").getByRole("link", { name: "Qaralamalara baxın" }).click();
  await expect(page).toHaveURL(/\/az\/admin\/actualites\?status=draft$/);
  // Reached without a full page load: the page sets its locale itself, or its filters and menu came out in French.
  await expect(page.getByRole("navigation", { name: "İdarəetmə bölmələri" })).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("draft");
  await expect(page.getByRole("row").filter({ hasText: "Qaralama" }).first()).toBeVisible();
});

test("the admin sees the new members with a link to the users", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/fr/admin");
  await card(page, "Nouveaux membres cette semaine").getByRole("link", { name: "Voir les utilisateurs" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/utilisateurs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");
});

test("a member gets a 403 and no count at all", async ({ page }) => {
  await signIn(page, demo.member);
  const response = await page.goto("/az/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Giriş qadağandır" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
});
