import { expect, test } from "@playwright/test";

test("a visitor reads the home page in French, switches to Azerbaijani and back", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La communauté azerbaïdjanaise de France");

  await page.getByRole("link", { name: "Azərbaycan dilində oxuyun" }).click();
  await expect(page).toHaveURL(/\/az$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fransadakı Azərbaycan icması");

  await page.getByRole("link", { name: "Lire en français" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La communauté azerbaïdjanaise de France");
});

test("the switcher keeps the reader on the same page, by its localized path", async ({ page }) => {
  await page.goto("/fr/confidentialite");
  await page.getByRole("link", { name: "Azərbaycan dilində oxuyun" }).click();
  await expect(page).toHaveURL(/\/az\/mexfilik$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Məxfilik");

  await page.goto("/fr/actualites");
  await page.getByRole("link", { name: "Azərbaycan dilində oxuyun" }).click();
  await expect(page).toHaveURL(/\/az\/xeberler$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xəbərlər");
});

test("/ sends a visitor to their language: cookie first, then Accept-Language, then French", async ({ browser }) => {
  const azReader = await browser.newContext({ locale: "az-AZ", extraHTTPHeaders: { "Accept-Language": "az-AZ,az;q=0.9" } });
  const azPage = await azReader.newPage();
  await azPage.goto("/");
  await expect(azPage).toHaveURL(/\/az$/);
  await azReader.close();

  const other = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/fr$/);
  // Having chosen Azerbaijani once, the reader comes back to it.
  await otherPage.getByRole("link", { name: "Azərbaycan dilində oxuyun" }).click();
  await expect(otherPage).toHaveURL(/\/az$/);
  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/az$/);
  await other.close();
});

test("an unknown page is a 404 in the reader's language", async ({ page }) => {
  const fr = await page.goto("/fr/cette-page-n-existe-pas");
  expect(fr?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();

  const az = await page.goto("/az/bele-sehife-yoxdur");
  expect(az?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.getByRole("heading", { name: "Səhifə tapılmadı" })).toBeVisible();

  // A language the portal does not have, even on a page that reads the database: a 404, not an error.
  for (const path of ["/xx/actualites", "/en/agenda", "/de/centenaire", "/xx/actualites?q=musique"]) {
    const unknown = await page.goto(path);
    expect(unknown?.status(), path).toBe(404);
  }
});

test("a mangled address gets a 400 that says so, in the reader's language", async ({ page }) => {
  for (const [path, heading] of [["/fr/agenda/%E0%A4%A", "Adresse invalide"], ["/az/xeberler/%E0%A4%A", "Yanlış ünvan"]]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
});

test("the footer names the three organisations and links to the privacy notice", async ({ page }) => {
  await page.goto("/az");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Azərbaycan Respublikasının Fransadakı Səfirliyi");
  await expect(footer).toContainText("«Ulduz» assosiasiyası");
  await expect(footer).toContainText("Parisdəki Azərbaycan Mədəniyyət Mərkəzi");
  await footer.getByRole("link", { name: "Məxfilik" }).click();
  await expect(page).toHaveURL(/\/az\/mexfilik$/);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways, in either language, and the menu opens", async ({ page }) => {
    for (const path of ["/fr", "/az", "/az/giris", "/fr/inscription", "/az/mexfilik"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    await page.goto("/az");
    await page.getByText("Menyu").click();
    await page.getByRole("navigation", { name: "Əsas naviqasiya" }).getByRole("link", { name: "Yüzillik" }).click();
    await expect(page).toHaveURL(/\/az\/yuzillik$/);
  });
});
