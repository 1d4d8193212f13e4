import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// A sign-in with its code step and a few page renders: long on a busy machine.
test.describe.configure({ timeout: 180_000 });

// A demo idea the Cultural Centre retained (db/seed/ideas-content.ts), with three demo steps (db/seed/idea-milestones-content.ts).
const title = "Muğam gecəsi: gənc ifaçılar Parisdə";
const entry = (page: Page) => page.locator("main article").filter({ has: page.getByRole("heading", { name: title }) });
const progressOf = async (page: Page) => {
  const text = await entry(page).getByText(/^Étapes réalisées : \d+ sur \d+$/).textContent();
  const [, done, total] = text!.match(/(\d+) sur (\d+)/)!.map(Number);
  return { done, total };
};

test("an editor adds a step to a retained idea; the idea page and the action plan show it, in both languages", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const textFr = `Enregistrement de la soirée pour la radio ${run}`;
  const textAz = `Gecənin radio üçün yazısı ${run}`;

  // A visitor first reads the cached plan and the idea page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fr/centenaire");
  await visitor.getByRole("link", { name: /^Le programme d'action/ }).click();
  await expect(visitor).toHaveURL(/\/fr\/centenaire\/programme$/);
  await expect(visitor.getByRole("heading", { level: 1, name: "Programme d'action du centenaire" })).toBeVisible();
  const before = await progressOf(visitor);
  await entry(visitor).getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 2, name: "Où en est cette idée" })).toBeVisible();
  await expect(visitor.getByText(textFr)).toHaveCount(0);
  const ideaPath = new URL(visitor.url()).pathname;

  // The editor reaches the milestone editor from the moderation page.
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/idees");
  await page.getByRole("link", { name: `Avancement de « ${title} »` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const add = page.locator("section", { has: page.getByRole("heading", { name: "Ajouter une étape" }) });
  await add.getByLabel("Date").fill("2018-11-03");
  await add.getByLabel("État").selectOption({ label: "Abandonnée" });
  await add.getByLabel("Description en français").fill(textFr);
  await add.getByLabel("Description en azerbaïdjanais").fill(textAz);
  await add.getByRole("button", { name: "Enregistrer l'étape" }).click();
  // Abandoned without a reason: refused, with the reason's field named, and nothing typed lost.
  await expect(add.getByText("Une étape abandonnée dit pourquoi : donnez la raison dans au moins une langue.")).toBeVisible();
  await expect(add.getByLabel("Description en français")).toHaveValue(textFr);
  await add.getByLabel("État").selectOption({ label: "Réalisée" });
  await add.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByRole("status").filter({ hasText: "L'étape a été ajoutée." })).toBeVisible();
  await expect(page.locator("main ol li").filter({ hasText: textFr })).toBeVisible();

  // The cached idea page shows it at once, in French and in Azerbaijani (with its language).
  await visitor.goto(ideaPath);
  const step = visitor.locator("section[aria-labelledby='idea-progress'] li").filter({ hasText: textFr });
  await expect(step).toBeVisible();
  await expect(step.getByText("Réalisée", { exact: true })).toBeVisible();
  await visitor.goto(ideaPath.replace(/^\/fr\/centenaire/, "/az/yuzillik"));
  await expect(visitor.getByRole("heading", { level: 2, name: "Bu ideya hansı mərhələdədir" })).toBeVisible();
  await expect(visitor.locator("section[aria-labelledby='idea-progress'] div[lang='az']").filter({ hasText: textAz })).toBeVisible();

  // The plan: its latest step and one more done, then filtered by organisation and status.
  const filters = visitor.getByRole("form", { name: "Filtrer le programme" });
  await visitor.goto("/fr/centenaire/programme");
  await expect(entry(visitor).getByText("Dernière étape : Réalisée")).toBeVisible();
  expect(await progressOf(visitor)).toEqual({ done: before.done + 1, total: before.total + 1 });
  await filters.getByLabel("Organisation").selectOption({ label: "Centre culturel azerbaïdjanais" });
  await filters.getByLabel("Dernière étape").selectOption({ label: "Réalisée" });
  await filters.getByRole("button", { name: "Afficher" }).click();
  await expect(visitor).toHaveURL(/org=cultural_centre&status=done/);
  await expect(entry(visitor)).toBeVisible();
  await filters.getByLabel("Dernière étape").selectOption({ label: "Prévue" });
  await filters.getByRole("button", { name: "Afficher" }).click();
  await expect(visitor).toHaveURL(/status=planned/);
  await expect(entry(visitor)).toHaveCount(0);

  await visitor.goto("/az/yuzillik/proqram");
  await expect(visitor.getByRole("heading", { level: 1, name: "Yüzilliyin fəaliyyət planı" })).toBeVisible();
  await expect(entry(visitor).getByText(`Həyata keçirilmiş mərhələlər: ${before.done + 1} / ${before.total + 1}`)).toBeVisible();
  await visitor.context().close();
});
