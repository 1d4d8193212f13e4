import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// A 2×2 PNG, made once with sharp.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWNgKF8MQhAKABxaBGk19Gq7AAAAAElFTkSuQmCC", "base64");

// A Paris wall-clock time twenty days ahead, as a datetime-local input takes it.
function inTwentyDays(time: string): string {
  return `${new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** Fills the French editor's form for a published event in both languages, free entry. */
async function fillEvent(page: Page, titles: { fr: string; az: string }) {
  await page.getByLabel("Catégorie").selectOption("exhibition");
  await page.getByLabel("État").selectOption("published");
  await page.getByLabel("Début").fill(inTwentyDays("10:00"));
  await page.getByLabel("Fin").fill(inTwentyDays("18:00"));
  const fr = page.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(titles.fr);
  await fr.getByLabel("Résumé").fill("Des miniatures de Tabriz et de Chirvan.");
  await fr.getByLabel("Lieu").fill("Galerie du Centre");
  const az = page.getByRole("group", { name: "Azerbaïdjanais" });
  await az.getByLabel("Titre").fill(titles.az);
  await az.getByLabel("Résumé").fill("Təbriz və Şirvan miniatürləri.");
  await az.getByLabel("Lieu").fill("Mərkəzin qalereyası");
}

test("an editor gives an event a cover described in both languages and a price; the public pages show them", async ({ page }) => {
  const tag = Date.now().toString(36);
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/agenda/nouveau");
  await fillEvent(page, { fr: `Miniatures ${tag}`, az: `Miniatürlər ${tag}` });
  const cover = page.getByLabel("Image de couverture");
  await cover.setInputFiles({ name: "faux.png", mimeType: "image/png", buffer: Buffer.from("pas une image") });
  await expect(page.getByText("Ce fichier n'est pas une image JPEG, PNG ou WebP.")).toBeVisible();
  await cover.setInputFiles({ name: "affiche.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("button", { name: "Retirer l'image" })).toBeVisible();
  const src = await page.locator('form img[src^="/uploads/"]').getAttribute("src");
  expect(src).toMatch(/^\/uploads\/[0-9a-f-]{36}\.webp$/);
  await page.getByLabel("Prix d'entrée (€)").fill("7,50");
  // A cover says what it shows, in each language: without it, the save is refused and nothing typed is lost.
  await page.getByRole("button", { name: "Enregistrer" }).click();
  const fr = page.getByRole("group", { name: "Français" });
  const az = page.getByRole("group", { name: "Azerbaïdjanais" });
  await expect(fr.getByText("Dites en une phrase ce que montre l'image, dans cette langue.")).toBeVisible();
  await expect(az.getByText("Dites en une phrase ce que montre l'image, dans cette langue.")).toBeVisible();
  await expect(fr.getByLabel("Titre")).toHaveValue(`Miniatures ${tag}`);
  await expect(page.getByLabel("Prix d'entrée (€)")).toHaveValue("7,50");
  // The menus keep their choice too (they once fell back to the first option after a refused save).
  await expect(page.getByLabel("Catégorie")).toHaveValue("exhibition");
  await expect(page.getByLabel("État")).toHaveValue("published");
  await fr.getByLabel("Ce que montre l'image (texte alternatif)").fill("Une miniature de Tabriz : deux cavaliers dans un jardin.");
  await az.getByLabel("Ce que montre l'image (texte alternatif)").fill("Təbriz miniatürü: bağda iki atlı.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("L'événement a été créé.")).toBeVisible();
  // The form shows the saved cover again.
  await expect(page.locator(`form img[src="${src}"]`)).toBeVisible();

  await page.getByRole("link", { name: "Voir la page publique" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Miniatures ${tag}`);
  const shown = page.getByRole("article").locator(`img[src="${src}"]`);
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute("alt", "Une miniature de Tabriz : deux cavaliers dans un jardin.");
  await expect(page.getByText(/^Entrée : 7,50\s€$/)).toBeVisible();
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((data) => data["@type"] === "Event");
  expect(jsonLd.offers).toMatchObject({ "@type": "Offer", price: "7.50", priceCurrency: "EUR" });
  expect(jsonLd.isAccessibleForFree).toBe(false);
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`${src!.replace(/\./g, "\\.")}$`));

  // The Azerbaijani page describes the cover in Azerbaijani, and the agenda list shows the price.
  await page.goto(`/az/tedbirler/miniaturler-${tag}`);
  await expect(page.getByRole("article").locator(`img[src="${src}"]`)).toHaveAttribute("alt", "Təbriz miniatürü: bağda iki atlı.");
  await expect(page.getByText(/^Giriş: 7,50\s€$/)).toBeVisible();
});

test("an event's old address leads to its new one (308) after the editor changes it", async ({ page, request }) => {
  const tag = Date.now().toString(36);
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/agenda/nouveau");
  await fillEvent(page, { fr: `Calligraphie ${tag}`, az: `Xəttatlıq ${tag}` });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("L'événement a été créé.")).toBeVisible();
  const oldSlug = `calligraphie-${tag}`;
  await expect(page.getByRole("link", { name: "Voir la page publique" })).toHaveAttribute("href", `/fr/agenda/${oldSlug}`);

  const fr = page.getByRole("group", { name: "Français" });
  await fr.getByLabel("Adresse de la page").fill(`atelier-de-calligraphie-${tag}`);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Les modifications sont enregistrées.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir la page publique" })).toHaveAttribute("href", `/fr/agenda/atelier-de-calligraphie-${tag}`);

  const moved = await request.get(`/fr/agenda/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toMatch(new RegExp(`/fr/agenda/atelier-de-calligraphie-${tag}$`));
  // A reader of the other language who follows the old link gets their own version.
  const movedAz = await request.get(`/az/tedbirler/${oldSlug}`, { maxRedirects: 0 });
  expect(movedAz.status()).toBe(308);
  expect(movedAz.headers()["location"]).toMatch(new RegExp(`/az/tedbirler/xettatliq-${tag}$`));
  // A calendar entry saved with the old address still finds the event.
  const calendar = await request.get(`/fr/agenda/${oldSlug}/calendrier.ics`, { maxRedirects: 0 });
  expect(calendar.status()).toBe(308);
  expect(calendar.headers()["location"]).toBe(`/fr/agenda/atelier-de-calligraphie-${tag}/calendrier.ics`);

  await page.goto(`/fr/agenda/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/fr/agenda/atelier-de-calligraphie-${tag}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Calligraphie ${tag}`);
});

test("an editor reading in Azerbaijani who opens an event from the list gets its form in Azerbaijani", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/az/admin/agenda");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tədbirlər");
  // A link within the admin: a client-side navigation, which renders the page without its layout.
  await page.getByRole("link", { name: "Muğam axşamı: səs və tar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tədbiri redaktə edin");
  await expect(page.getByLabel("Kateqoriya")).toBeVisible();
  await expect(page.getByLabel("Əsas şəkil")).toBeVisible();
  await expect(page.getByRole("link", { name: "İdarə paneli" })).toBeVisible();
  await page.getByRole("link", { name: "Qeydiyyatlar və gözləmə siyahısı" }).click();
  await expect(page.getByRole("heading", { name: "Qeydiyyatdan keçənlər" })).toBeVisible();
});
