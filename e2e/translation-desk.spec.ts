import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { uniqueWord } from "./support/news";

test("an edited French text flags the Azerbaijani one: readers see a note, the desk lists it with the diff, the translation clears it; both read side by side", async ({ browser, page }) => {
  // A sign-in with its code step, four saves and two readers.
  test.setTimeout(180_000);
  const word = uniqueWord();
  const frTitle = `Journée du tapis ${word}`;
  const azTitle = `Xalça günü ${word}`;
  await signIn(page, demo.ulduzEditor);
  await page.goto("/fr/admin/actualites/nouveau");
  const french = page.getByRole("group", { name: "Version française" });
  const azeri = page.getByRole("group", { name: "Version azerbaïdjanaise" });
  await french.getByLabel("Titre").fill(frTitle);
  await french.getByLabel("Résumé").fill("Les tisserands de Quba à Paris.");
  await french.getByLabel("Texte (Markdown)").fill("Les tisserands montrent leur métier.\n\nL'entrée est libre.");
  await azeri.getByLabel("Titre").fill(azTitle);
  await azeri.getByLabel("Résumé").fill("Qubalı toxucular Parisdə.");
  await azeri.getByLabel("Texte (Markdown)").fill("Toxucular sənətlərini göstərir.\n\nGiriş sərbəstdir.");
  await page.getByLabel("Organisation qui s'exprime").selectOption("ulduz");
  await page.getByRole("radio", { name: "Publié" }).check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("L'article a été créé.")).toBeVisible();
  const editorUrl = page.url();
  await expect(page.getByRole("heading", { name: /n'est peut-être plus à jour/ })).toHaveCount(0);

  // The French text changes; the Azerbaijani one stays as it was.
  await french.getByLabel("Texte (Markdown)").fill("Les tisserands montrent leur métier, samedi et dimanche.\n\nL'entrée est libre.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Les modifications ont été enregistrées.")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/az/xeberler/xalca-gunu-${word}`);
  await expect(reader.getByRole("heading", { level: 1, name: azTitle })).toBeVisible();
  const note = reader.getByRole("note").filter({ hasText: "fransızca mətnin son dəyişikliklərini" });
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute("lang", "az");
  await expect(note.getByRole("link", { name: "Fransızca mətni oxuyun" })).toHaveAttribute("hreflang", "fr");

  // The desk lists it (the editor's own organisation, by default), and leads to the editor.
  await page.goto("/fr/admin/traductions");
  await expect(page.getByRole("heading", { level: 1, name: "Bureau des traductions" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: frTitle });
  await expect(row).toContainText("AZ · à revoir");
  await row.getByRole("link", { name: frTitle }).click();
  await expect(page).toHaveURL(editorUrl.split("?")[0]);
  const changes = page.getByRole("region", { name: "La version azerbaïdjanaise n'est peut-être plus à jour" });
  await expect(changes).toBeVisible();
  await expect(changes.locator("ins")).toContainText("samedi et dimanche");
  await expect(changes.locator("ins")).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: "La version azerbaïdjanaise est à jour" })).not.toBeChecked();

  // The translator brings the Azerbaijani text up to date and saves: the mark is gone everywhere.
  await azeri.getByLabel("Texte (Markdown)").fill("Toxucular şənbə və bazar günləri sənətlərini göstərir.\n\nGiriş sərbəstdir.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  await expect(changes).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "La version azerbaïdjanaise est à jour" })).toHaveCount(0);
  await page.goto("/fr/admin/traductions");
  await expect(page.getByRole("heading", { level: 1, name: "Bureau des traductions" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: frTitle })).toHaveCount(0);
  // The save expired the cached page; the next request renders it again.
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1, name: azTitle })).toBeVisible();
    await expect(reader.getByRole("note")).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Side by side: from the French page's link, each block in its language; two columns, then one on a phone.
  await reader.goto(`/fr/actualites/journee-du-tapis-${word}`);
  await reader.getByRole("link", { name: "Lire en français et en azerbaïdjanais, côte à côte" }).click();
  await expect(reader).toHaveURL(/\?view=both$/);
  const frBlock = reader.locator('main div[lang="fr"]', { hasText: "samedi et dimanche" });
  const azBlock = reader.locator('main div[lang="az"]', { hasText: "şənbə və bazar günləri" });
  await expect(frBlock).toBeVisible();
  await expect(azBlock).toBeVisible();
  await expect(reader.locator('main div[lang="az"]', { hasText: azTitle })).toBeVisible();
  await expect(reader.locator('main div[lang="fr"]', { hasText: "L'entrée est libre." })).toBeVisible();
  const [frBox, azBox] = [await frBlock.boundingBox(), await azBlock.boundingBox()];
  expect(Math.abs(frBox!.y - azBox!.y)).toBeLessThan(2);
  expect(azBox!.x).toBeGreaterThan(frBox!.x + frBox!.width);
  await reader.setViewportSize({ width: 390, height: 800 });
  const [frPhone, azPhone] = [await frBlock.boundingBox(), await azBlock.boundingBox()];
  expect(azPhone!.y).toBeGreaterThan(frPhone!.y + frPhone!.height - 1);
  expect(Math.abs(azPhone!.x - frPhone!.x)).toBeLessThan(2);
  await expect(reader.getByRole("link", { name: "Lire seulement en français" })).toBeVisible();
  await reader.context().close();
});
