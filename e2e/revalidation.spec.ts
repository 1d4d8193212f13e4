import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";
import { fillArticle, uniqueWord } from "./support/news";

// Each change an editor or a member makes shows, at the next request, on every cached page that
// shows its data (pages are cached whole and expired by path: server/news/revalidate.ts,
// server/agenda/revalidate.ts, the ideas actions). Each page is first read once, so that the
// change must replace a cached copy.

async function text(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text();
}

async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demo.editor);
  return page;
}

test("an article published, edited, then deleted shows, changes and goes on the home page, the list, its page, the feed and a search", async ({ browser, request }) => {
  test.slow();
  const word = uniqueWord();
  const pages = ["/fr", "/fr/actualites", "/fr/rss.xml", `/fr/actualites?q=${word}`];
  // A search page repeats its query: what must not be there is the article.
  for (const path of pages) expect(await text(request, path), path).not.toContain(`kamantcha ${word}`);

  const editor = await editorPage(browser);
  await editor.goto("/fr/admin/actualites/nouveau");
  await fillArticle(editor, { fr: { title: `Concert de kamantcha ${word}`, summary: "Un concert.", body: "Au Centre." }, organisation: "Centre culturel azerbaïdjanais", publish: true });
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'article a été créé.")).toBeVisible();
  const article = (await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;
  for (const path of [...pages, article]) expect(await text(request, path), path).toContain(`Concert de kamantcha ${word}`);

  await editor.getByRole("group", { name: "Version française" }).getByLabel("Titre").fill(`Récital de kamantcha ${word}`);
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  for (const path of [...pages, article]) {
    const html = await text(request, path);
    expect(html, path).toContain(`Récital de kamantcha ${word}`);
    expect(html, path).not.toContain(`Concert de kamantcha ${word}`);
  }

  await editor.getByText("Supprimer l'article…").click();
  await editor.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(editor.getByText("L'article a été supprimé.")).toBeVisible();
  for (const path of pages) expect(await text(request, path), path).not.toContain(`kamantcha ${word}`);
  expect((await request.get(article)).status()).toBe(404);
});

test("an article scheduled for the next minute goes live on the home page, the list and the feed within the pages' minute", async ({ browser, request }) => {
  // Nothing happens at the scheduled time: the cached pages' safety net (revalidate = 60) brings it in.
  test.setTimeout(200_000);
  const word = uniqueWord();
  const pages = ["/fr", "/fr/actualites", "/fr/rss.xml"];
  for (const path of pages) expect(await text(request, path), path).not.toContain(`kamantcha ${word}`);
  const editor = await editorPage(browser);
  await editor.goto("/fr/admin/actualites/nouveau");
  await fillArticle(editor, { fr: { title: `Atelier de kamantcha ${word}`, summary: "Un atelier.", body: "Au Centre." }, organisation: "Centre culturel azerbaïdjanais", publish: true });
  // The field takes minutes: the next whole minute at least 20 s ahead.
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  await editor.getByLabel("Date de publication").fill(at.toLocaleString("sv-SE", { timeZone: "Europe/Paris" }).slice(0, 16).replace(" ", "T"));
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'article a été créé.")).toBeVisible();
  if (Date.now() < at.getTime()) for (const path of pages) expect(await text(request, path), path).not.toContain(`kamantcha ${word}`);
  for (const path of pages) {
    await expect.poll(async () => await text(request, path), { message: path, timeout: 150_000, intervals: [5_000] }).toContain(`Atelier de kamantcha ${word}`);
  }
});

test("an event renamed shows its new title on the home page, the agenda, its page and the calendar feeds", async ({ browser, request }) => {
  test.slow();
  const tag = uniqueWord();
  const editor = await editorPage(browser);
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("film");
  await editor.getByLabel("État").selectOption("published");
  // The soonest upcoming event, so that the home page lists it.
  const soon = new Date(Date.now() + 3 * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Paris" }).slice(0, 16).replace(" ", "T");
  const later = new Date(Date.now() + 5 * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Paris" }).slice(0, 16).replace(" ", "T");
  await editor.getByLabel("Début").fill(soon);
  await editor.getByLabel("Fin").fill(later);
  const title = editor.getByRole("group", { name: "Français" }).getByLabel("Titre");
  await title.fill(`Projection ${tag}`);
  await editor.getByRole("group", { name: "Français" }).getByLabel("Résumé").fill("Un film.");
  await editor.getByRole("group", { name: "Français" }).getByLabel("Lieu").fill("Salle de cinéma");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  const event = (await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;
  const pages = ["/fr", "/fr/agenda", event, "/fr/agenda.ics", `${event}/calendrier.ics`];
  for (const path of pages) expect(await text(request, path), path).toContain(`Projection ${tag}`);

  await title.fill(`Ciné-club ${tag}`);
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("Les modifications sont enregistrées.")).toBeVisible();
  for (const path of pages) {
    const html = await text(request, path);
    expect(html, path).toContain(`Ciné-club ${tag}`);
    expect(html, path).not.toContain(`Projection ${tag}`);
  }
});

test("an idea approved, supported, then retained shows each time on the gallery and its page", async ({ page, browser, request }) => {
  test.slow();
  await signUpMember(page, "Elnur Yeniləmə");
  const title = uniqueTitle("Une fresque du centenaire");
  const path = await submitIdea(page, { title, description: "Une fresque peinte par les enfants de la communauté." });
  const gallery = "/fr/centenaire?sort=newest";
  expect((await request.get(path)).status()).toBe(404);
  expect(await text(request, "/fr/centenaire")).not.toContain(title);

  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    await queueCard(editor, title).getByRole("button", { name: "Approuver et publier" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
  });
  expect((await request.get(path)).status()).toBe(200);
  expect(await text(request, gallery)).toContain(title);
  expect(await text(request, path)).toContain("Aucun soutien");

  const other = await (await browser.newContext()).newPage();
  await signUpMember(other, "Ruslan Yeniləmə");
  await other.goto(path);
  await other.getByRole("button", { name: "Soutenir cette idée" }).click();
  await expect(other.getByRole("button", { name: "Retirer mon soutien" })).toHaveAttribute("aria-pressed", "true");
  expect(await text(request, path)).toContain("1 soutien");
  const html = await text(request, gallery);
  const start = html.indexOf(title);
  expect(html.slice(start, html.indexOf("</article>", start))).toContain("1 soutien");

  await asEditor(browser, async (editor) => {
    await editor.goto(`${path}/suivi`);
    await editor.getByLabel(/Réponse publique/).fill("Retenue : la fresque sera peinte au printemps.");
    await editor.getByRole("button", { name: "Retenir pour le plan d'action" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est retenue" })).toBeVisible();
  });
  for (const shown of [path, gallery]) expect(await text(request, shown), shown).toContain("Retenue : la fresque sera peinte au printemps.");
});
