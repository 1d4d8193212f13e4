import { expect, test, type Locator, type Page } from "@playwright/test";
import { newMember, signUp } from "./support/accounts";
import { uniqueTitle } from "./support/ideas";

// A visitor with a keyboard only: the skip link, a visible focus on whatever
// has it, the menu, signing in and proposing an idea with Tab and Enter.

/** Whether the focused element shows a focus indicator (an outline or a ring). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const rect = element.getBoundingClientRect();
    return (outlined || style.boxShadow !== "none") && rect.width > 0 && rect.height > 0;
  });
}

/** Presses Tab until `target` has the focus, checking on the way that every stop shows its focus. */
async function tabTo(page: Page, target: Locator, maxStops = 40) {
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "");
    expect(await focusIsVisible(page), `focus visible on ${label}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reached with ${maxStops} presses of Tab`);
}

test("the skip link is the first stop, shows itself and takes the focus to the content", async ({ page }) => {
  for (const [path, label] of [
    ["/fr", "Aller au contenu"],
    ["/az", "Məzmuna keçin"],
  ] as const) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: label });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next stop is in the content, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
  }
});

test("the phone menu opens and is followed with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/fr");
  const menu = page.locator("summary", { hasText: "Menu" });
  await tabTo(page, menu);
  await page.keyboard.press("Enter");
  const news = page.locator("details nav").getByRole("link", { name: "Actualités" });
  await expect(news).toBeVisible();
  await tabTo(page, news, 5);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/actualites$/);
});

test("signing in and proposing an idea with Tab, typing and Enter only", async ({ browser }) => {
  // A sign-up, then dozens of Tab stops each checked for a visible focus.
  test.setTimeout(240_000);
  const member = newMember("clavier");
  // The account is made beforehand; the keyboard journey starts signed out.
  const setup = await browser.newContext();
  await signUp(await setup.newPage(), member);
  await setup.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/fr");
  await tabTo(page, page.getByRole("banner").getByRole("link", { name: "Connexion" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/connexion$/);

  await tabTo(page, page.getByLabel("Adresse e-mail"));
  await page.keyboard.type(member.email);
  await tabTo(page, page.getByLabel("Mot de passe"), 3);
  await page.keyboard.type(member.password);
  await tabTo(page, page.getByRole("button", { name: "Se connecter" }), 5);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/compte$/);

  await page.goto("/fr/centenaire/proposer");
  const title = uniqueTitle("Au clavier");
  await tabTo(page, page.getByLabel("Titre"));
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("Description"), 5);
  await page.keyboard.type("Une soirée de mugham proposée sans souris, du début à la fin.");
  const category = page.getByLabel("Catégorie");
  await tabTo(page, category, 5);
  await category.press("ArrowDown");
  await expect(category).not.toHaveValue("");
  await tabTo(page, page.getByRole("button", { name: "Envoyer mon idée" }), 10);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/centenaire\/merci\?idee=\d+$/);
  await tabTo(page, page.getByRole("link", { name: "Voir mon idée" }), 30);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/centenaire\/\d+\/suivi$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await context.close();
});
