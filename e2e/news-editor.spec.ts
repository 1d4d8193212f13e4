import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { uniqueWord } from "./support/news";

// A 2×2 PNG, made once with sharp.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWNgKF8MQhAKABxaBGk19Gq7AAAAAElFTkSuQmCC", "base64");

test("errors come back next to each field in the editor's language, typed text kept, a taken slug included", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/az/admin/actualites/nouveau");
  await page.getByRole("button", { name: "Yadda saxlayın" }).click();
  await expect(page.getByText("Məqalə yadda saxlanılmadı: qeyd olunan sahələri düzəldin.")).toBeVisible();
  await expect(page.getByText("Ən azı bir versiya yazın: fransızca və ya azərbaycanca.").first()).toBeVisible();
  await expect(page.getByText("Çıxış edən təşkilatı seçin.")).toBeVisible();

  const az = page.getByRole("group", { name: "Azərbaycanca versiya" });
  const title = `Muğam axşamı ${uniqueWord()}`;
  await az.getByLabel("Başlıq").fill(title);
  await az.getByLabel("Ünvan (slug)").fill("mugam-gecesi-susanin-sesleri-parisde");
  await az.getByLabel("Qısa məzmun").fill("Qısa məzmun.");
  await az.getByLabel("Mətn (Markdown)").fill("Uzun mətn, **qalın** sözlərlə.");
  await page.getByLabel("Çıxış edən təşkilat").selectOption({ label: "Azərbaycan Mədəniyyət Mərkəzi" });
  await page.getByRole("button", { name: "Yadda saxlayın" }).click();
  await expect(az.getByText("Bu ünvan artıq başqa məqaləyə məxsusdur. Başqasını seçin.")).toBeVisible();
  await expect(az.getByLabel("Ünvan (slug)")).toHaveAttribute("aria-invalid", "true");
  await expect(az.getByLabel("Başlıq")).toHaveValue(title);
  await expect(az.getByLabel("Mətn (Markdown)")).toHaveValue("Uzun mətn, **qalın** sözlərlə.");
  await expect(page.getByLabel("Çıxış edən təşkilat")).toHaveValue("cultural_centre");
});

test("a cover is checked by content, re-encoded and shown; a text file named .png is refused", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/actualites/nouveau");
  const cover = page.getByLabel("Image de couverture");
  await cover.setInputFiles({ name: "faux.png", mimeType: "image/png", buffer: Buffer.from("<?php system($_GET['c']); ?>") });
  await expect(page.getByText("Ce fichier n'est pas une image JPEG, PNG ou WebP.")).toBeVisible();

  await cover.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("button", { name: "Retirer l'image" })).toBeVisible();
  const src = await page.locator('img[src^="/uploads/"]').getAttribute("src");
  expect(src).toMatch(/^\/uploads\/[0-9a-f-]{36}\.webp$/);
  const served = await page.request.get(src!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
});

test("a member gets nothing from the editors' pages or the upload route", async ({ page }) => {
  await signIn(page, demo.member);
  const list = await page.goto("/fr/admin/actualites");
  expect(list?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  const upload = await page.request.post("/api/uploads", { multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: png } } });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: "forbidden" });
});

test("two editors on one article: the later save is refused with its text kept, and the earlier one stays", async ({ browser }) => {
  // Two browsers, two sign-ins and five saves.
  test.setTimeout(180_000);
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  await signIn(first, demo.editor);
  await signIn(second, demo.admin);
  await first.goto("/fr/admin/actualites/nouveau");
  const word = uniqueWord();
  const french = first.getByRole("group", { name: "Version française" });
  await french.getByLabel("Titre").fill(`Deux rédacteurs ${word}`);
  await french.getByLabel("Résumé").fill("Résumé d'origine.");
  await french.getByLabel("Texte (Markdown)").fill("Texte d'origine.");
  await first.getByLabel("Organisation qui s'exprime").selectOption("embassy");
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.getByText("L'article a été créé.")).toBeVisible();

  // Both open the saved article; the first saves, then the second saves the form opened before.
  await second.goto(first.url());
  const secondFrench = second.getByRole("group", { name: "Version française" });
  await french.getByLabel("Résumé").fill("Résumé corrigé par la rédactrice.");
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  await secondFrench.getByLabel("Texte (Markdown)").fill("Texte réécrit par l'administratrice.");
  await second.getByRole("button", { name: "Enregistrer" }).click();
  await expect(second.getByText("Cet article a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert")).toBeVisible();
  await expect(secondFrench.getByLabel("Texte (Markdown)")).toHaveValue("Texte réécrit par l'administratrice.");

  await second.reload();
  await expect(secondFrench.getByLabel("Résumé")).toHaveValue("Résumé corrigé par la rédactrice.");
  await expect(secondFrench.getByLabel("Texte (Markdown)")).toHaveValue("Texte d'origine.");
  // Opened again, the form is at the current revision and saves.
  await secondFrench.getByLabel("Texte (Markdown)").fill("Texte réécrit par l'administratrice.");
  await second.getByRole("button", { name: "Enregistrer" }).click();
  await expect(second.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  await Promise.all([first.close(), second.close()]);
});
