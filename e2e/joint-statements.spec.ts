import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { fillArticle, uniqueWord } from "./support/news";

test("a joint statement of the embassy and Ulduz goes live at Ulduz's approval, signed by both", async ({ browser }) => {
  // Two editors, each signing in with a code.
  test.setTimeout(180_000);
  const [embassy, ulduz, visitor] = await Promise.all([browser.newPage(), browser.newPage(), browser.newPage()]);
  const word = uniqueWord();
  const title = `Déclaration commune ${word}`;

  // The embassy's editor writes it, names Ulduz as co-signer and asks to publish.
  await signIn(embassy, demo.embassyEditor);
  await embassy.goto("/fr/admin/actualites/nouveau");
  await fillArticle(embassy, { fr: { title, summary: "L'Ambassade et Ulduz s'adressent ensemble à la communauté.", body: "Un texte signé par les deux." }, organisation: "Ambassade d'Azerbaïdjan", publish: true });
  await embassy.getByRole("group", { name: "Cosignataires" }).getByLabel("Association Ulduz").check();
  // Nobody is mailed from a test statement.
  await embassy.getByLabel("Envoyer aux abonnés").uncheck();
  await embassy.getByRole("button", { name: "Enregistrer" }).click();
  await expect(embassy.getByRole("status").filter({ hasText: "L'article a été créé." })).toBeVisible();
  const panel = embassy.getByRole("region", { name: "Déclaration commune" });
  await expect(panel.getByText("En attente de l'approbation de : Association Ulduz.", { exact: false })).toBeVisible();
  await expect(panel.getByRole("button", { name: /^Approuver/ })).toHaveCount(0);
  const editUrl = embassy.url();

  // Not public yet: its page is missing, and the list does not show it.
  const slug = `declaration-commune-${word}`;
  expect((await visitor.goto(`/fr/actualites/${slug}`))?.status()).toBe(404);
  await embassy.goto("/fr/admin/actualites");
  await expect(embassy.getByRole("row", { name: new RegExp(title) }).getByText("En attente de : Association Ulduz")).toBeVisible();

  // Ulduz's editor reads it and approves: the last signature publishes it.
  await signIn(ulduz, demo.ulduzEditor);
  await ulduz.goto(editUrl);
  const ulduzPanel = ulduz.getByRole("region", { name: "Déclaration commune" });
  await expect(ulduzPanel.getByText("Ambassade d'Azerbaïdjan : Elçin Səfirlik a approuvé le", { exact: false })).toBeVisible();
  await ulduzPanel.getByRole("button", { name: "Approuver au nom de : Association Ulduz" }).click();
  await expect(ulduz.getByRole("status").filter({ hasText: "Approbation enregistrée : toutes les signatures sont réunies, c'est publié." })).toBeVisible();
  await expect(ulduzPanel.getByText("Association Ulduz : Nigar Ulduz a approuvé le", { exact: false })).toBeVisible();

  // Public, with both signatures.
  expect((await visitor.goto(`/fr/actualites/${slug}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Déclaration commune :")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Ambassade d'Azerbaïdjan" }).first()).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Association Ulduz" }).first()).toBeVisible();
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.author).toEqual([
    { "@type": "Organization", name: "Ambassade d'Azerbaïdjan" },
    { "@type": "Organization", name: "Association Ulduz" },
  ]);
  await Promise.all([embassy.close(), ulduz.close(), visitor.close()]);
});
