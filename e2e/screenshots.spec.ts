import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// Screenshots of each role's main screens, in both languages, at a phone's and a laptop's width, for a
// person to look at (reports/screenshots). Only when asked (playwright.config.ts leaves it out otherwise):
// SCREENSHOTS=1 npm test -- e2e e2e/screenshots.spec.ts
test.describe.configure({ timeout: 600_000 });

const widths = [360, 1280];

type Page = import("@playwright/test").Page;

/** Full-page screenshots show what is below the fold: the lazy images load as if the reader had scrolled there. */
async function loadLazyImages(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLImageElement>("img[loading=lazy]").forEach((image) => (image.loading = "eager")));
  await page.waitForLoadState("networkidle");
}

/** A screen reached by a step after loading it (a confirmation opened, a preview asked for), at both widths. */
async function shootAfter(page: Page, path: string, name: string, step: (page: Page) => Promise<void>) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await step(page);
    await loadLazyImages(page);
    await page.screenshot({ path: `reports/screenshots/${name}-${width}.png`, fullPage: true });
  }
}

async function shoot(page: Page, path: string, name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path.includes("/de/") ? 500 : 400);
    await loadLazyImages(page);
    await page.screenshot({ path: `reports/screenshots/${name}-${width}.png`, fullPage: true });
  }
}

test("visitor pages", async ({ page }) => {
  await shoot(page, "/de/agenda", "404-unknown-language");
  await shoot(page, "/fr/contact/ulduz", "contact-fr");
  await shoot(page, "/az/elaqe/medeniyyet-merkezi", "contact-az");
  await shoot(page, "/fr/centenaire", "ideas-fr");
  await shoot(page, "/az/yuzillik", "ideas-az");
  await shoot(page, "/fr/agenda?view=month", "month-fr");
  await shoot(page, "/az/xeberler", "news-az");
  await shoot(page, "/fr", "home-fr");
  await shoot(page, "/az", "home-az");
  await shoot(page, "/fr/agenda", "agenda-fr");
  await shoot(page, "/az/tedbirler", "agenda-az");
  await shoot(page, "/fr/recherche?q=Novruz", "search-fr");
  await shoot(page, "/az/axtaris?q=%D0%A8%D1%83%D1%88%D0%B0", "search-az");
  await shoot(page, "/az/axtaris", "search-empty-az");
  await page.goto("/fr/agenda");
  const concert = await page.getByRole("link", { name: "Concert de mugham : la voix et le tar" }).first().getAttribute("href");
  await shoot(page, concert!, "event-fr");
  await page.goto("/az/tedbirler");
  const concertAz = await page.getByRole("link", { name: "Muğam axşamı: səs və tar" }).first().getAttribute("href");
  await shoot(page, concertAz!, "event-az");
  await shoot(page, "/fr/actualites", "news-fr");
  await page.goto("/fr/actualites");
  const article = await page.getByRole("article").filter({ has: page.locator("img") }).first().getByRole("link").first().getAttribute("href");
  await shoot(page, article!, "article-fr");
});

test("member screens: account, an event with its registration and the cancel step", async ({ page }) => {
  await signIn(page, demo.member);
  await shoot(page, "/fr/compte", "account-fr");
  await shoot(page, "/az/hesab", "account-az");
  await page.goto("/fr/agenda");
  // The language class: open for registration in the demo (the tar recital is a cancelled one).
  const recital = await page.getByRole("link", { name: "Cours d'azerbaïdjanais pour débutants" }).first().getAttribute("href");
  await page.goto(recital!);
  // The registration box is filled from /api/reader once the page has loaded: wait for it to say who reads.
  const register = page.getByRole("button", { name: "S'inscrire" });
  const cancel = page.getByText("Annuler mon inscription…");
  await expect(register.or(cancel)).toBeVisible();
  await page.waitForLoadState("networkidle");
  if (await register.isVisible()) await register.click();
  await expect(cancel).toBeVisible();
  await shootAfter(page, recital!, "event-cancel-step-fr", async (p) => {
    await p.getByText("Annuler mon inscription…").click();
    await expect(p.getByRole("button", { name: "Oui, annuler mon inscription" })).toBeVisible();
  });
  await page.goto("/az/tedbirler");
  const recitalAz = await page.getByRole("link", { name: "Başlayanlar üçün Azərbaycan dili dərsi" }).first().getAttribute("href");
  await shootAfter(page, recitalAz!, "event-cancel-step-az", async (p) => {
    await p.getByText("Qeydiyyatımı ləğv edin…").click();
    await expect(p.getByRole("button", { name: "Bəli, qeydiyyatımı ləğv edin" })).toBeVisible();
  });
});

test("editor screens: the event editor with price and cover, the article editor with its preview", async ({ page }) => {
  await signIn(page, demo.editor);
  await shoot(page, "/fr/admin/agenda", "admin-agenda-fr");
  await page.goto("/fr/admin/agenda");
  const edit = await page.getByRole("link", { name: "Concert de mugham : la voix et le tar" }).first().getAttribute("href");
  await shoot(page, edit!, "event-editor-fr");
  await shoot(page, edit!.replace(/^\/fr\//, "/az/"), "event-editor-az");
  await page.goto("/fr/admin/actualites");
  const articleEdit = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  await shootAfter(page, articleEdit!, "article-preview-fr", async (p) => {
    await p.getByRole("button", { name: "Aperçu", exact: true }).click();
    await expect(p.getByRole("heading", { name: "Aperçu (non enregistré)" })).toBeVisible();
  });
  await shootAfter(page, articleEdit!, "article-delete-step-fr", async (p) => {
    await p.getByText("Supprimer l'article…").click();
    await expect(p.getByRole("button", { name: "Supprimer définitivement" })).toBeVisible();
  });
});

test("member and admin pages", async ({ page }) => {
  await signIn(page, demo.member);
  await shoot(page, "/fr/centenaire/merci?idee=1", "thanks-fr");
  await shoot(page, "/az/yuzillik/tesekkur?idee=1", "thanks-az");
  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await shoot(page, "/fr/admin", "admin-home-fr");
  await shoot(page, "/az/admin", "admin-home-az");
  await shoot(page, "/fr/admin/utilisateurs", "users-fr");
  await shoot(page, "/az/admin/utilisateurs", "users-az");
  await shoot(page, "/fr/admin/journal", "audit-fr");
  await shoot(page, "/az/admin/journal", "audit-az");
});

test("subscription pages (issue #15)", async ({ page }) => {
  await shoot(page, "/fr/abonnement", "subscribe-fr");
  await shoot(page, "/az/abunelik", "subscribe-az");
  await shoot(page, "/fr/abonnement/desabonner/jeton-invente", "unsubscribe-invalid-fr");
  await signIn(page, demo.admin);
  await shoot(page, "/fr/admin/courrier", "mail-admin-fr");
  await shoot(page, "/az/admin/courrier", "mail-admin-az");
  await shoot(page, "/fr/admin/actualites/nouveau", "article-editor-fr");
  await shoot(page, "/az/admin/agenda/nouveau", "event-editor-az");
});

test("organisation pages and the editors' organisation fields", async ({ page }) => {
  await shoot(page, "/fr/organisations/centre-culturel", "organisation-fr");
  await shoot(page, "/az/teskilatlar/sefirlik", "organisation-az");
  await shoot(page, "/fr/agenda/reunion-de-la-communaute-preparer-le-centenaire", "event-organisers-fr");
  await shoot(page, "/az/tedbirler?org=ulduz", "agenda-organiser-az");
  await signIn(page, demo.ulduzEditor);
  await shoot(page, "/fr/admin/agenda/nouveau", "event-editor-ulduz-fr");
  await shoot(page, "/az/admin/actualites/nouveau", "article-editor-ulduz-az");
  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await shoot(page, `/fr/admin/utilisateurs?q=${encodeURIComponent("@example.org")}`, "users-organisations-fr");
  await shoot(page, `/az/admin/utilisateurs?q=${encodeURIComponent("@example.org")}`, "users-organisations-az");
});

// Issue #19: an idea's discussion (the demo's concert idea has comments, replies and an official answer) and the comment moderation page.
test("discussion pages", async ({ page }) => {
  await page.goto("/fr/centenaire?sort=newest");
  const idea = await page.getByRole("link", { name: "Üzeyir Hacıbəyovun musiqisi ilə yubiley konserti" }).first().getAttribute("href");
  const id = idea!.split("/").pop();
  await shoot(page, `/fr/centenaire/${id}`, "discussion-visitor-fr");
  await shoot(page, `/az/yuzillik/${id}`, "discussion-visitor-az");
  await signIn(page, demo.member);
  await shoot(page, `/fr/centenaire/${id}`, "discussion-member-fr");
  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await shoot(page, `/az/yuzillik/${id}`, "discussion-admin-az");
  await shoot(page, "/fr/admin/commentaires", "comments-admin-fr");
  await shoot(page, "/az/admin/commentaires", "comments-admin-az");
});

// Issue #17: the pages a French association must have, in both languages.
test("legal pages", async ({ page }) => {
  await shoot(page, "/fr/mentions-legales", "legal-notice-fr");
  await shoot(page, "/az/huquqi-melumat", "legal-notice-az");
  await shoot(page, "/fr/accessibilite", "accessibility-fr");
  await shoot(page, "/az/elcatanliq", "accessibility-az");
  await shoot(page, "/fr/confidentialite", "privacy-fr");
  await shoot(page, "/az/mexfilik", "privacy-az");
});
