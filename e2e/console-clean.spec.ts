import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// Every page a visitor, a member, an editor and an admin opens, in both
// languages, with the browser console listened to: any console error (a
// hydration mismatch, a failed resource, a script that throws) fails the test
// with the page and the message.

const publicPages = {
  fr: ["/fr", "/fr/actualites", "/fr/agenda", "/fr/centenaire", "/fr/confidentialite", "/fr/mentions-legales", "/fr/accessibilite", "/fr/connexion", "/fr/inscription", "/fr/mot-de-passe-oublie", "/fr/recherche?q=Novruz", "/fr/nulle-part"],
  az: ["/az", "/az/xeberler", "/az/tedbirler", "/az/yuzillik", "/az/mexfilik", "/az/huquqi-melumat", "/az/elcatanliq", "/az/giris", "/az/qeydiyyat", "/az/sifreni-unutdum", "/az/axtaris?q=%D0%A8%D1%83%D1%88%D0%B0", "/az/hec-yerde"],
};

// The missing pages answer 404 on purpose: the browser logs that status for the document itself.
const expected404 = /\/(fr\/nulle-part|az\/hec-yerde|de\/agenda)$/;

/** Collects console errors and uncaught exceptions of the page, each with the address it happened on and the resource it names. */
function listen(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const resource = message.location().url;
    if (expected404.test(resource) && message.text().includes("status of 404")) return;
    errors.push(`${page.url()}: ${message.text()} (${resource})`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

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

  for (const locale of ["fr", "az"] as const) {
    test(`visitor pages (${locale})`, async ({ page }) => {
      const errors = listen(page);
      await visit(page, [...publicPages[locale], ...(await detailPages(page, locale))]);
      expect(errors).toEqual([]);
    });
  }

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

  for (const [role, account] of [["editor", demo.editor], ["admin", demo.admin]] as const) {
    test(`${role} pages, in both languages`, async ({ page }) => {
      const errors = listen(page);
      await signIn(page, account);
      const [article] = await links(page, "/fr/admin/actualites", /^\/fr\/admin\/actualites\/[0-9a-f-]{36}$/, 1);
      const [event] = await links(page, "/fr/admin/agenda", /^\/fr\/admin\/agenda\/[0-9a-f-]{36}$/, 1);
      const staffPaths = ["/admin", "/admin/idees", "/admin/actualites", "/admin/actualites/nouveau", article.slice(3), "/admin/agenda", "/admin/agenda/nouveau", event.slice(3), `${event.slice(3)}/inscriptions`];
      const adminPaths = role === "admin" ? ["/admin/utilisateurs", "/admin/journal", "/admin/courrier"] : [];
      for (const locale of ["fr", "az"]) await visit(page, [...staffPaths, ...adminPaths, "/compte"].map((p) => `/${locale}${p === "/compte" && locale === "az" ? "/hesab" : p}`));
      expect(errors).toEqual([]);
    });
  }
});
