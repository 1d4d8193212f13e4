import { expect, test, type Page } from "@playwright/test";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

/** Fails the test if any script of a member's text ever runs. */
function forbidDialogs(page: Page, seen: string[]) {
  page.on("dialog", async (dialog) => {
    seen.push(dialog.message());
    await dialog.dismiss();
  });
}

/** Nothing a member wrote sticks out of the page's content (the header is not this test's business). */
async function expectContentFits(page: Page) {
  const sticking = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main *")]
      .filter((element) => !element.closest(".sr-only") && element.getBoundingClientRect().right > width + 1)
      .map((element) => element.tagName);
  });
  expect(sticking).toEqual([]);
}

test("hostile text stays text, in the queue and on the public page, and the layout holds", async ({ page, browser }) => {
  const dialogs: string[] = [];
  forbidDialogs(page, dialogs);
  await signUpMember(page, "<b>Mallory</b>");
  const title = uniqueTitle('<script>alert("t")</script> <img src=x onerror=alert(2)>');
  const unbroken = "ABCDEFGHIJ".repeat(450);
  const description = [
    "<img src=x onerror=alert(document.cookie)> <a href=\"javascript:alert(3)\">lien</a> [clic](javascript:alert(4))",
    "",
    "Retourné : \u202Eelbatpecca sap\u202C, marque \u200Fdroite\u200F.",
    "",
    unbroken,
  ].join("\n");
  const path = await submitIdea(page, { title, description });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectContentFits(page);

  await asEditor(browser, async (editor) => {
    forbidDialogs(editor, dialogs);
    await editor.goto("/fr/admin/idees");
    const card = queueCard(editor, title);
    await expect(card.getByText("<b>Mallory</b>", { exact: false })).toBeVisible();
    await expect(card.getByText(/^<img src=x onerror/)).toBeVisible();
    // The seeded hostile idea is in the queue too, as text.
    await expect(editor.getByRole("heading", { name: '<script>alert("xss")</script> <img src=x onerror=alert(1)> Concert' })).toBeVisible();
    await expect(editor.locator("main img")).toHaveCount(0);
    await expectContentFits(editor);
    await card.getByRole("button", { name: "Approuver et publier" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
  });

  const visitor = await browser.newPage();
  forbidDialogs(visitor, dialogs);
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText(unbroken)).toBeVisible();
  await expect(visitor.locator("main img")).toHaveCount(0);
  await expect(visitor.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(visitor.getByText("Proposée par <b>Mallory</b>")).toBeVisible();
  await expectContentFits(visitor);
  await visitor.goto("/fr/centenaire?sort=newest");
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectContentFits(visitor);
  await visitor.setViewportSize({ width: 360, height: 800 });
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectContentFits(visitor);
  await visitor.close();

  expect(dialogs).toEqual([]);
});

test("the CSV export is a UTF-8 file with a BOM, for editors", async ({ browser }) => {
  await asEditor(browser, async (editor) => {
    const response = await editor.request.get("/az/admin/idees/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="yuzillik-ideyalari-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8");
    expect(text).toContain("Nömrə,Başlıq,Təsvir,Vəziyyət");
    expect(text).toContain("Muğam gecəsi: gənc ifaçılar Parisdə");
    await editor.goto("/fr/admin/idees");
    await expect(editor.getByRole("link", { name: "Exporter toutes les idées (CSV)" })).toHaveAttribute("href", "/fr/admin/idees/export");
  });
});

test("a member fresh from sign-up (address confirmed, account a minute old) is told, where the report form would be, why they cannot report; without JavaScript too", async ({ page, browser }) => {
  await signUpMember(page, "Compte tout neuf");
  await page.goto("/fr/centenaire?sort=newest");
  await page.getByRole("main").getByRole("link", { name: "Lire l'idée" }).first().click();
  await expect(page).toHaveURL(/\/fr\/centenaire\/\d+$/);
  const refusal = page.getByRole("note").filter({ hasText: "Votre compte a moins d'un jour : vous pourrez signaler des idées à partir de demain." });
  await expect(refusal).toBeVisible();
  await expect(page.getByText("Signaler cette idée")).toHaveCount(0);

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(page.url());
  // Without JavaScript the cached page shows the form every reader gets; sent, it comes back with the same refusal.
  await plain.getByText("Signaler cette idée").click();
  await plain.getByLabel("Motif du signalement").selectOption({ label: "Hors sujet" });
  await plain.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(plain.getByText("Votre compte a moins d'un jour : vous pourrez signaler des idées à partir de demain.")).toBeVisible();
  await expect(plain).toHaveURL(page.url());
  await noScript.close();
});

test("the queue flags ideas hidden after reports, with their count, and says what restoring does", async ({ browser }) => {
  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    // The demo content has one idea hidden after reports.
    const badge = editor.getByRole("link", { name: /^\d+ idées? masquées? après signalements$/ });
    await expect(badge).toHaveAttribute("href", "#reported");
    const reported = editor.locator("#reported");
    await expect(reported.getByText(/^Masquée après \d+ signalements?$/).first()).toBeVisible();
    await expect(reported.getByText("Remettre en ligne rejette les signalements et protège l'idée de nouveaux signalements.").first()).toBeVisible();
  });
});
