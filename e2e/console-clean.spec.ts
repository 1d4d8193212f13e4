import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { listenForConsoleErrors as listen } from "./support/console-errors";

// The pages of a member and an editor, and the 404 of an unknown language, in
// both languages, with the browser console listened to: any console error (a
// hydration mismatch, a failed resource, a script that throws) fails the test
// with the page and the message. The visitor's and the admin's pages are
// listened to in the accessibility walks (accessibility.spec.ts).

async function visit(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // The account menu fills in from the session endpoint after the load (not "networkidle", which
    // prefetches can hold off): once it shows a link, the page has hydrated and asked what it asks.
    await expect(page.getByRole("banner").locator('a[href*="/connexion"], a[href*="/giris"], a[href$="/compte"], a[href$="/hesab"]').first()).toBeVisible();
    await page.waitForTimeout(300);
  }
}

/** The addresses of the first `count` links on `listPath` whose address matches `pattern`. */
async function links(page: Page, listPath: string, pattern: RegExp, count = 2): Promise<string[]> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  const found = [...new Set(hrefs.filter((h) => pattern.test(h)))].slice(0, count);
  expect(found.length, `links matching ${pattern} on ${listPath}`).toBeGreaterThan(0);
  return found;
}

async function detailPages(page: Page, locale: "fr" | "az"): Promise<string[]> {
  const [news, agenda, ideas] = locale === "fr" ? ["actualites", "agenda", "centenaire"] : ["xeberler", "tedbirler", "yuzillik"];
  return [
    ...(await links(page, `/${locale}/${news}`, new RegExp(`^/${locale}/${news}/[^/?]+$`))),
    ...(await links(page, `/${locale}/${agenda}`, new RegExp(`^/${locale}/${agenda}/[^/?]+$`))),
    ...(await links(page, `/${locale}/${ideas}`, new RegExp(`^/${locale}/${ideas}/\\d+$`))),
  ];
}

test.describe("no console error", () => {
  test.describe.configure({ timeout: 600_000 });

  test("a path under an unknown language is the portal's styled 404", async ({ page }) => {
    const errors = listen(page);
    const response = await page.goto("/de/agenda");
    expect(response?.status()).toBe(404);
    // The portal's header and its font, not the browser's defaults.
    await expect(page.getByRole("banner").getByRole("link", { name: /Azerbaïdjanais de France/ })).toBeVisible();
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(/Noto Sans/);
    await expect(page.getByRole("link", { name: "Ana səhifəyə qayıdın" })).toHaveAttribute("href", "/az");
    expect(errors).toEqual([]);
  });

  test("member pages, in both languages", async ({ page }) => {
    const errors = listen(page);
    await signIn(page, demo.member);
    const detail = [...(await detailPages(page, "fr")), ...(await detailPages(page, "az"))];
    await visit(page, ["/fr/compte", "/az/hesab", "/fr/centenaire/proposer", "/az/yuzillik/teklif", ...detail]);
    expect(errors).toEqual([]);
  });

  test("editor pages, in both languages", async ({ page }) => {
    const errors = listen(page);
    await signIn(page, demo.editor);
    const [article] = await links(page, "/fr/admin/actualites", /^\/fr\/admin\/actualites\/[0-9a-f-]{36}$/, 1);
    const [event] = await links(page, "/fr/admin/agenda", /^\/fr\/admin\/agenda\/[0-9a-f-]{36}$/, 1);
    const staffPaths = ["/admin", "/admin/idees", "/admin/actualites", "/admin/actualites/nouveau", article.slice(3), "/admin/agenda", "/admin/agenda/nouveau", event.slice(3), `${event.slice(3)}/inscriptions`];
    for (const locale of ["fr", "az"]) await visit(page, [...staffPaths, locale === "fr" ? "/compte" : "/hesab"].map((p) => `/${locale}${p}`));
    expect(errors).toEqual([]);
  });
});
