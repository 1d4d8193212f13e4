import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { fillArticle, uniqueWord } from "./support/news";

test("an editor publishes in both languages; a visitor finds it without diacritics, switches language and sees it in the feed", async ({ page, browser }) => {
  const word = uniqueWord();
  const az = { title: `Şəki ipək festivalı ${word}`, summary: "Şəkidə ipək sənətinə həsr olunmuş festival.", body: "## Proqram\n\nİpək, **kəlağayı** və musiqi." };
  const fr = { title: `Festival de la soie de Şəki ${word}`, summary: "Un festival consacré à la soie de Şəki.", body: "## Programme\n\nSoie, **kelaghayi** et musique." };

  await signIn(page, demo.editor);
  await page.goto("/fr/admin/actualites/nouveau");
  await fillArticle(page, { fr, az, organisation: "Centre culturel azerbaïdjanais", publish: true });
  await expect(page.getByRole("group", { name: "Version azerbaïdjanaise" }).getByLabel("Adresse (slug)")).toHaveValue(`seki-ipek-festivali-${word}`);

  await page.getByRole("button", { name: "Aperçu" }).click();
  const preview = page.getByRole("region", { name: "Aperçu (non enregistré)" });
  await expect(preview.getByRole("heading", { name: az.title })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Programme" })).toBeVisible();

  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/actualites\/[0-9a-f-]{36}\?saved=created$/);
  await expect(page.getByText("L'article a été créé.")).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto("/az/xeberler");
  await visitor.getByLabel("Xəbərlərdə axtarış").fill(`seki IPEK festivali ${word}`);
  await visitor.getByRole("main").getByRole("button", { name: "Axtarın" }).click();
  await expect(visitor.getByText(`«seki IPEK festivali ${word}» üzrə nəticələr`)).toBeVisible();
  await visitor.getByRole("link", { name: az.title }).click();
  await expect(visitor).toHaveURL(new RegExp(`/az/xeberler/seki-ipek-festivali-${word}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(az.title);
  await expect(visitor.getByRole("heading", { name: "Proqram" })).toBeVisible();

  await visitor.getByRole("link", { name: "Lire en français" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/fr/actualites/festival-de-la-soie-de-seki-${word}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(fr.title);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "fr");
  // The switcher takes the Azerbaijani version's own slug from the page's hreflang link.
  await expect(visitor.getByRole("link", { name: "Azərbaycan dilində oxuyun" })).toHaveAttribute("href", `/az/xeberler/seki-ipek-festivali-${word}`);

  const azFeed = await visitor.request.get("/az/rss.xml");
  expect(azFeed.headers()["content-type"]).toContain("application/rss+xml");
  const azXml = await azFeed.text();
  expect(azXml).toContain(`<title>${az.title}</title>`);
  expect(azXml).toContain(`/az/xeberler/seki-ipek-festivali-${word}</link>`);
  expect(await (await visitor.request.get("/fr/rss.xml")).text()).toContain(`<title>${fr.title}</title>`);
  await visitor.close();
});

test("a draft stays invisible until it is published, then a delete takes it away at once", async ({ page, browser }) => {
  const word = uniqueWord();
  const title = `Brouillon confidentiel ${word}`;
  const slug = `brouillon-confidentiel-${word}`;
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/actualites/nouveau");
  await fillArticle(page, { fr: { title, summary: "Pas encore prêt.", body: "Texte en cours." }, organisation: "Association Ulduz", publish: false });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("L'article a été créé.")).toBeVisible();
  const editUrl = page.url();

  const visitor = await browser.newPage();
  await visitor.goto(`/fr/actualites?q=${word}`);
  await expect(visitor.getByText(`Aucun article ne correspond à « ${word} ». Essayez d'autres mots.`)).toBeVisible();
  expect((await visitor.goto(`/fr/actualites/${slug}`))?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  expect((await visitor.goto("/fr/actualites/plan-d-action-du-centenaire-les-premieres-idees-retenues"))?.status()).toBe(404);
  expect(await (await visitor.request.get("/fr/rss.xml")).text()).not.toContain(word);
  expect(await (await visitor.request.get("/sitemap.xml")).text()).not.toContain(slug);

  await page.getByRole("radio", { name: "Publié" }).check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  await visitor.goto("/fr/actualites");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  expect(await (await visitor.request.get("/sitemap.xml")).text()).toContain(slug);

  await page.goto(editUrl);
  await page.getByText("Supprimer l'article…").click();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByText("L'article a été supprimé.")).toBeVisible();
  expect((await visitor.goto(`/fr/actualites/${slug}`))?.status()).toBe(404);
  await visitor.close();
});

test("a French-only article is shown to Azerbaijani readers in French, with a notice; other-language slugs redirect (308)", async ({ page, request }) => {
  await page.goto("/az/xeberler/assemblee-generale-de-l-association-ulduz-le-24-fevrier");
  await expect(page.getByRole("note")).toHaveText("Bu məqalə yalnız fransız dilində mövcuddur: aşağıda onun orijinal mətni verilir.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await page.getByRole("link", { name: "Lire en français" }).click();
  await expect(page).toHaveURL(/\/fr\/actualites\/assemblee-generale-de-l-association-ulduz-le-24-fevrier$/);
  await expect(page.getByRole("note")).toHaveCount(0);

  const redirect = await request.get("/az/xeberler/soiree-mugham-les-voix-de-susa-resonnent-a-paris", { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toMatch(/\/az\/xeberler\/mugam-gecesi-susanin-sesleri-parisde$/);
});

test("the home page shows the latest articles and the list filters by organisation", async ({ page }) => {
  await page.goto("/fr");
  const latest = page.getByRole("region", { name: "Dernières actualités" });
  // Other tests publish and delete articles meanwhile.
  const titles = (await latest.locator("a[href^='/fr/actualites/']").allTextContents()).map((title) => title.trim()).filter(Boolean);
  expect(titles.length).toBeGreaterThan(0);
  await latest.getByRole("link", { name: "Toutes les actualités" }).click();
  await expect(page).toHaveURL(/\/fr\/actualites$/);
  // An article of another test may have been deleted in between: the list shows the home page's others.
  const listed = (await page.getByRole("main").locator("a[href^='/fr/actualites/']").allTextContents()).map((title) => title.trim());
  expect(titles.filter((title) => listed.includes(title)).length).toBeGreaterThanOrEqual(Math.min(titles.length - 1, 2));
  await page.getByRole("navigation", { name: "Filtrer par organisation" }).getByRole("link", { name: "Ambassade d'Azerbaïdjan" }).click();
  await expect(page).toHaveURL(/org=embassy/);
  await expect(page.getByRole("link", { name: "30 octobre 2017 : la communauté azerbaïdjanaise réunie au Centre culturel de Paris" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Soirée mugham : les voix de Şuşa résonnent à Paris" })).toHaveCount(0);
});
