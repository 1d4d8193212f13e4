import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, newMember, signIn, signUp } from "./support/accounts";
import { listenForConsoleErrors } from "./support/console-errors";

// axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, on every kind of page in
// both languages: public pages, the forms with their errors showing, the
// account page and the admin pages. Any violation fails, with its rule, its
// elements and the page's address in the message. The same walks listen to
// the browser's console: any error there fails too (console-clean.spec.ts
// walks the pages of the roles not walked here).

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page, what = page.url()) {
  // The account menu fills itself in from the session endpoint; scan the page as it settles.
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n    ")}`);
  // Soft: one run lists the violations of every page, not only of the first.
  expect.soft(summary, `axe violations on ${what}`).toEqual([]);
}

async function scan(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expectAccessible(page, path);
  }
}

/** The address of the first link on `listPath` whose address matches `pattern`. */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${listPath}`);
  return href;
}

test.describe("accessibility (axe, WCAG 2.2 A and AA), and no console error", () => {
  // Many pages per test; a busy 2-core machine needs the room.
  test.describe.configure({ timeout: 600_000 });

  let consoleErrors: string[] = [];
  test.beforeEach(({ page }) => {
    consoleErrors = listenForConsoleErrors(page);
  });
  test.afterEach(() => {
    expect(consoleErrors, "console errors").toEqual([]);
  });

  const publicPages = {
    fr: ["/fr", "/fr/actualites", "/fr/agenda", "/fr/centenaire", "/fr/centenaire/programme", "/fr/centenaire/programme?status=done", "/fr/confidentialite", "/fr/mentions-legales", "/fr/accessibilite", "/fr/connexion", "/fr/inscription", "/fr/mot-de-passe-oublie", "/fr/recherche", "/fr/recherche?q=Novruz", "/fr/recherche?q=Novruz&kind=events"],
    az: ["/az", "/az/xeberler", "/az/tedbirler", "/az/yuzillik", "/az/yuzillik/proqram", "/az/mexfilik", "/az/huquqi-melumat", "/az/elcatanliq", "/az/giris", "/az/qeydiyyat", "/az/sifreni-unutdum", "/az/axtaris", "/az/axtaris?q=%D0%A8%D1%83%D1%88%D0%B0"],
  };
  for (const [locale, paths] of Object.entries(publicPages)) {
    test(`public pages (${locale})`, async ({ page }) => {
      await scan(page, paths);
    });
  }

  test("an article, an event, an idea and a missing page, in both languages", async ({ page }) => {
    const detail = [
      await firstLink(page, "/fr/actualites", /^\/fr\/actualites\/[^/]+$/),
      await firstLink(page, "/az/xeberler", /^\/az\/xeberler\/[^/]+$/),
      await firstLink(page, "/fr/agenda", /^\/fr\/agenda\/[^/]+$/),
      await firstLink(page, "/az/tedbirler", /^\/az\/tedbirler\/[^/]+$/),
      await firstLink(page, "/fr/centenaire", /^\/fr\/centenaire\/\d+$/),
      await firstLink(page, "/az/yuzillik", /^\/az\/yuzillik\/\d+$/),
    ];
    // The first article read side by side, French and Azerbaijani.
    await scan(page, [...detail, `${detail[0]}?view=both`]);
    // The page of an address that does not exist.
    for (const path of ["/fr/nulle-part", "/az/hec-yerde"]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
  });

  test("sign-in and sign-up forms with their errors showing", async ({ page }) => {
    for (const [path, submit] of [
      ["/fr/connexion", "Se connecter"],
      ["/az/giris", "Daxil olun"],
    ] as const) {
      await page.goto(path);
      await page.locator('input[name="email"]').fill(`personne-${Date.now()}@example.net`);
      await page.locator('input[name="password"]').fill("pas le bon mot de passe");
      await page.getByRole("button", { name: submit }).click();
      await expect(page.locator("main [role=alert], main [aria-live]").filter({ hasText: /\S/ }).first()).toBeVisible();
      await expectAccessible(page, `${path} with a failed sign-in`);
    }
    for (const path of ["/fr/inscription", "/az/qeydiyyat"]) {
      await page.goto(path);
      // The browser's own checks are switched off so that the portal's messages show.
      await page.locator("main form").evaluate((form) => form.setAttribute("novalidate", ""));
      await page.locator('input[name="email"]').fill("pas-une-adresse");
      await page.locator('input[name="password"]').fill("court");
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator('input[name="email"][aria-invalid="true"]')).toBeVisible();
      await expectAccessible(page, `${path} with field errors`);
    }
  });

  test("the account page and the idea form of a member, in both languages", async ({ page }) => {
    await signUp(page, newMember("a11y"));
    await scan(page, ["/fr/compte", "/az/hesab", "/fr/centenaire/proposer", "/az/yuzillik/teklif"]);
  });

  for (const locale of ["fr", "az"]) {
    test(`the admin pages (${locale})`, async ({ page }) => {
      await signIn(page, demo.admin);
      const article = await firstLink(page, "/fr/admin/actualites", /^\/fr\/admin\/actualites\/[0-9a-f-]{36}$/);
      const event = await firstLink(page, "/fr/admin/agenda", /^\/fr\/admin\/agenda\/[0-9a-f-]{36}$/);
      const paths = [
        "/admin",
        "/admin/utilisateurs",
        "/admin/journal",
        "/admin/courrier",
        "/admin/idees",
        "/admin/commentaires",
        "/admin/actualites",
        "/admin/actualites/nouveau",
        "/admin/traductions?org=all",
        article.replace(/^\/fr/, ""),
        "/admin/agenda",
        "/admin/agenda/nouveau",
        event.replace(/^\/fr/, ""),
        `${event.replace(/^\/fr/, "")}/inscriptions`,
      ];
      // The milestone editor of a retained idea, with its add form and each step's edit and delete forms.
      const milestones = await firstLink(page, "/fr/admin/idees", /^\/fr\/admin\/idees\/\d+\/jalons$/);
      paths.push(milestones.replace(/^\/fr/, ""));
      await scan(page, paths.map((p) => `/${locale}${p}`));
      // An idea's discussion as an editor sees it: each comment with its hide form, an editor's with the official-answer button.
      const idea = await firstLink(page, locale === "fr" ? "/fr/centenaire" : "/az/yuzillik", /^\/(fr\/centenaire|az\/yuzillik)\/\d+$/);
      await scan(page, [idea]);
    });
  }
});
