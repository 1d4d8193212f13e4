import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// Screenshots of the pages issue #17 changed, at a phone's and a laptop's width, for a person to look at
// (reports/screenshots). Only when asked (playwright.config.ts leaves it out otherwise):
// SCREENSHOTS=1 npm test -- e2e e2e/screenshots.spec.ts
test.describe.configure({ timeout: 600_000 });

const widths = [360, 1280];

async function shoot(page: import("@playwright/test").Page, path: string, name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path.includes("/de/") ? 500 : 400);
    await page.waitForLoadState("networkidle");
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
  await shoot(page, "/fr/recherche?q=Novruz", "search-fr");
  await shoot(page, "/az/axtaris?q=%D0%A8%D1%83%D1%88%D0%B0", "search-az");
  await shoot(page, "/az/axtaris", "search-empty-az");
  await page.goto("/fr/agenda");
  const concert = await page.getByRole("link", { name: "Concert de mugham : la voix et le tar" }).first().getAttribute("href");
  await shoot(page, concert!, "event-fr");
});

test("member and admin pages", async ({ page }) => {
  await signIn(page, demo.member);
  await shoot(page, "/fr/centenaire/merci?idee=1", "thanks-fr");
  await shoot(page, "/az/yuzillik/tesekkur?idee=1", "thanks-az");
  await page.context().clearCookies();
  await signIn(page, demo.admin);
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
