import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { demo, signIn } from "./support/accounts";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";
import { uniqueWord } from "./support/news";

/** A visitor (no account) subscribes on the page of their language and confirms from the mail. */
async function subscribe(browser: Browser, email: string, locale: "fr" | "az", choose: (page: Page) => Promise<void>) {
  const page = await (await browser.newContext()).newPage();
  const fr = locale === "fr";
  await page.goto(fr ? "/fr/abonnement" : "/az/abunelik");
  await page.getByLabel(fr ? "Adresse e-mail" : "E-poçt ünvanı").fill(email);
  await choose(page);
  await page.getByRole("button", { name: fr ? "M'abonner" : "Abunə olun" }).click();
  await expect(page.getByText(fr ? /^Vérifiez votre boîte aux lettres/ : /^Poçt qutunuzu yoxlayın/)).toBeVisible();

  const confirmation = await waitForMail(email, fr ? "Confirmez votre abonnement aux nouvelles" : "Xəbər abunəliyinizi təsdiq edin");
  await page.goto(linkIn(confirmation, fr ? /^\/fr\/abonnement\/confirmer\// : /^\/az\/abunelik\/tesdiq\//));
  await page.getByRole("button", { name: fr ? "Confirmer mon abonnement" : "Abunəliyimi təsdiq edirəm" }).click();
  await expect(page.getByRole("status")).toHaveText(fr ? /^C'est fait/ : /^Hazırdır: abunəliyiniz təsdiq edildi/);
  await page.context().close();
}

async function publishUlduzArticle(editor: Page, fr: string, az: string) {
  await editor.goto("/fr/admin/actualites/nouveau");
  const frVersion = editor.getByRole("group", { name: "Version française" });
  await frVersion.getByLabel("Titre").fill(fr);
  await frVersion.getByLabel("Résumé").fill("Un résumé en français.");
  await frVersion.getByLabel("Texte (Markdown)").fill("Le texte en français.");
  const azVersion = editor.getByRole("group", { name: "Version azerbaïdjanaise" });
  await azVersion.getByLabel("Titre").fill(az);
  await azVersion.getByLabel("Résumé").fill("Azərbaycanca qısa məzmun.");
  await azVersion.getByLabel("Texte (Markdown)").fill("Azərbaycanca mətn.");
  await editor.getByLabel("Organisation qui s'exprime").selectOption("ulduz");
  await editor.getByRole("radio", { name: "Publié" }).check();
  // On by default for a new article.
  await expect(editor.getByRole("checkbox", { name: "Envoyer aux abonnés" })).toBeChecked();
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'article a été créé.")).toBeVisible();
  await expect(editor.getByText("Cet article a déjà été envoyé aux abonnés")).toBeVisible();
}

test("subscribe, confirm, receive an article in the chosen language with List-Unsubscribe, unsubscribe in one click as a mail client does, get nothing more", async ({ browser, request }) => {
  test.slow();
  const tag = uniqueWord();
  const visitor = `abonne-${tag}@example.org`;
  const control = `temoin-${tag}@example.org`;

  // Azerbaijani only, the Ulduz association only.
  await subscribe(browser, visitor, "az", async (page) => {
    await page.getByRole("checkbox", { name: "Səfirliyin xəbərləri" }).uncheck();
    await page.getByRole("checkbox", { name: "Mədəniyyət Mərkəzinin xəbərləri" }).uncheck();
    await expect(page.getByRole("checkbox", { name: "«Ulduz» assosiasiyasının xəbərləri" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Azərbaycan dili" })).toBeChecked();
  });
  // Someone who stays subscribed (French, the defaults): the proof that the next article did go out.
  await subscribe(browser, control, "fr", async () => {});

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demo.editor);
  const first = { fr: `Fête de Novruz ${tag}`, az: `Novruz bayramı ${tag}` };
  await publishUlduzArticle(editor, first.fr, first.az);

  const article = await waitForMail(visitor, first.az);
  expect(article.text).toContain("Azərbaycanca qısa məzmun.");
  expect(article.text).not.toContain(first.fr);
  expect(article.text).toMatch(/\/az\/xeberler\/novruz-bayrami-/);
  expect(article.html).toContain('lang="az"');
  expect(article.html).toContain("Abunəlikdən çıxın");
  expect(article.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(https?:\/\/[^>]+\/api\/unsubscribe\/[^>]+)>$/.exec(article.headers["list-unsubscribe"])?.[1];
  expect(oneClick, article.headers["list-unsubscribe"]).toBeTruthy();
  await waitForMail(control, first.fr);

  // A browser that opens the header's URL gets the page with the button; opening it changes nothing.
  const look = await (await browser.newContext()).newPage();
  await look.goto(oneClick!);
  await expect(look.getByRole("button", { name: "Abunəlikdən çıxın" })).toBeVisible();
  await look.context().close();

  // RFC 8058: the mail client's POST, with no session, no cookie and no CSRF token.
  const response = await request.post(oneClick!, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(response.status()).toBe(200);
  expect((await request.post(oneClick!, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" })).status()).toBe(200);

  const second = { fr: `Concert d'automne ${tag}`, az: `Payız konserti ${tag}` };
  await publishUlduzArticle(editor, second.fr, second.az);
  await waitForMail(control, second.fr);
  expect(mailsTo(visitor).map((mail) => mail.subject)).not.toContain(second.az);
  expect(mailsTo(visitor).filter((mail) => mail.subject === first.az)).toHaveLength(1);
});

test("the subscribe form keeps what was typed and says what is missing, in the reader's language", async ({ page }) => {
  await page.goto("/fr/abonnement");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  for (const name of ["Actualités de l'ambassade", "Actualités de l'association « Ulduz »", "Actualités du Centre culturel"]) await page.getByRole("checkbox", { name }).uncheck();
  await page.getByRole("checkbox", { name: "Français" }).uncheck();
  await page.getByRole("button", { name: "M'abonner" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("pas-une-adresse");
  await page.getByLabel("Adresse e-mail").fill(`quelqu-un-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "M'abonner" }).click();
  await expect(page.getByText("Choisissez au moins une liste.")).toBeVisible();
  await expect(page.getByText("Choisissez au moins une langue.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(/^quelqu-un-/);
  await expect(page.getByRole("checkbox", { name: "Agenda du Centre culturel" })).not.toBeChecked();
});

test("the subscription pages pass axe (WCAG 2.2 A and AA) in both languages, errors showing", async ({ page }) => {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const check = async (what: string) => {
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect.soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
  };
  for (const path of ["/fr/abonnement", "/az/abunelik", "/fr/abonnement/confirmer/jeton-invente", "/az/abunelik/imtina/jeton-invente", "/fr/abonnement/gerer/jeton-invente"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await check(path);
  }
  await page.goto("/az/abunelik");
  await page.getByRole("checkbox", { name: "Azərbaycan dili" }).uncheck();
  await page.getByLabel("E-poçt ünvanı").fill(`axe-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Abunə olun" }).click();
  await expect(page.getByText("Ən azı bir dil seçin.")).toBeVisible();
  await check("/az/abunelik with an error");
});
