import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";
import { fillArticle, uniqueWord } from "./support/news";
import { variants as agendaVariants } from "../app/[locale]/agenda/variants";
import { variants as newsVariants } from "../app/[locale]/actualites/variants";
import { variants as centenaryVariants } from "../app/[locale]/centenaire/variants";

// A Paris wall-clock time twelve days ahead, as a datetime-local input takes it.
function inTwelveDays(time: string): string {
  return `${new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** What an anonymous reader gets: the text of the page, and whether it came from the cache. */
async function visit(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()["x-nextjs-cache"], cookie: response.headers()["set-cookie"], text: await response.text() };
}

test("public pages come from the cache and set no cookie", async ({ request }) => {
  // One of each kind: an article, an event and an idea, found on their lists.
  const first = async (list: string, pattern: RegExp) => (await visit(request, list)).text.match(pattern)![1];
  const article = await first("/fr/actualites", /href="(\/fr\/actualites\/[^"?]+)"/);
  const event = await first("/az/tedbirler", /href="(\/az\/tedbirler\/[^"?/]+)"/);
  const idea = await first("/fr/centenaire", /href="(\/fr\/centenaire\/\d+)"/);
  const pages = ["/fr", "/az", "/fr/actualites", article, "/az/tedbirler", event, `${event}/teqvim.ics`, "/fr/centenaire", idea, "/az/rss.xml", "/fr/agenda.ics"];
  // Other tests publish news and events in parallel, which empties these entries: ask until one is served from the cache.
  for (const path of pages) {
    await expect.poll(async () => (await visit(request, path)).cache, { message: path, timeout: 30_000 }).toBe("HIT");
    expect((await visit(request, path)).cookie, path).toBeUndefined();
  }
});

test("every query a cached page declares in its variants.ts is rendered per request, in both languages", async ({ request }) => {
  for (const declared of [newsVariants, agendaVariants, centenaryVariants]) {
    for (const locale of ["fr", "az"] as const) {
      const base = (await request.get(`/${locale}${declared.page}`, { maxRedirects: 0 })).status() === 308 ? null : `/${locale}${declared.page}`;
      // The Azerbaijani address of the page: where the French path under /az redirects.
      const page = base ?? new URL((await request.get(`/${locale}${declared.page}`, { maxRedirects: 0 })).headers()["location"], "http://x").pathname;
      for (const key of declared.perRequest) {
        // A value the page reads as nothing special: it still answers with the page, rendered for this request.
        // A search goes with another of the page's keys: alone, it is the cached page of that search.
        const response = await request.get(`${page}?${key}=1&${key === "q" ? `${declared.perRequest.find((other) => other !== "q")}=ulduz` : "q=x"}`);
        expect(response.status(), `${page}?${key}`).toBe(200);
        expect(response.headers()["x-nextjs-cache"], `${page}?${key}`).toBeUndefined();
        expect(response.headers()["cache-control"], `${page}?${key}`).toContain("no-store");
      }
    }
  }
});

test("a signed-in member gets the event, gallery and idea pages from the cache, and their own state from /api/reader", async ({ browser, request }) => {
  const member = await (await browser.newContext()).newPage();
  await signUpMember(member, "Nigar Önbellek");
  const gallery = await visit(request, "/fr/centenaire");
  const ideaPath = gallery.text.match(/href="(\/fr\/centenaire\/\d+)"/)![1];
  const eventPath = "/fr/agenda/reunion-de-la-communaute-preparer-le-centenaire";
  for (const path of ["/fr/centenaire", "/az/yuzillik", ideaPath, eventPath]) {
    // The member's browser sends its session cookie with each of these requests.
    await expect.poll(async () => (await member.request.get(path, { maxRedirects: 0 })).headers()["x-nextjs-cache"], { message: path, timeout: 30_000 }).toBe("HIT");
    const html = await (await member.request.get(path)).text();
    expect(html, path).not.toContain("Nigar Önbellek");
    // The islands' texts travel with the page; the state they show is the public one.
    expect(html, path).not.toContain('aria-pressed="true"');
    expect(html, path).not.toContain(">Votre inscription est confirmée.<");
  }

  const id = ideaPath.split("/").pop();
  const own = await member.request.get(`/api/reader?ideas=${id}&report=${id}`);
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect(await own.json()).toMatchObject({ user: { name: "Nigar Önbellek", role: "member", verified: true }, ideas: { [id!]: { own: false, supported: false } } });
  expect(await (await request.get(`/api/reader?ideas=${id}`)).json()).toEqual({ user: null });
  expect((await request.get("/api/reader?ideas=1,x")).status()).toBe(400);

  // In the browser the islands fill the same page in: the member's button, not the visitor's link; the
  // account menu takes the same answer, so a page with islands asks /api/reader once.
  const asked: string[] = [];
  member.on("request", (sent) => {
    if (new URL(sent.url()).pathname === "/api/reader") asked.push(new URL(sent.url()).search);
  });
  await member.goto(ideaPath);
  await expect(member.getByRole("button", { name: "Soutenir cette idée" })).toBeVisible();
  await expect(member.getByRole("link", { name: "Connectez-vous pour soutenir cette idée" })).toHaveCount(0);
  await expect(member.getByRole("link", { name: "Mon compte" })).toBeVisible();
  expect(asked).toEqual([expect.stringContaining(`ideas=${id}`)]);
  await member.goto(eventPath);
  await expect(member.getByRole("link", { name: "Connectez-vous pour vous inscrire" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: /S'inscrire|Annuler mon inscription|Rejoindre la liste d'attente/ })).toBeVisible();
  await expect(member.getByRole("link", { name: "Mon compte" })).toBeVisible();
  expect(asked.slice(1)).toEqual([expect.stringMatching(/^\?event=/)]);
  // A page without islands: the menu asks alone. Following a link (no reload), the menu and the gallery's islands ask once together.
  await member.goto("/fr/actualites");
  await expect(member.getByRole("link", { name: "Mon compte" })).toBeVisible();
  expect(asked.slice(2)).toEqual([""]);
  await member.getByRole("banner").getByRole("link", { name: "Centenaire", exact: true }).click();
  await member.waitForURL("**/fr/centenaire");
  await expect(member.getByRole("button", { name: "Soutenir cette idée" }).first()).toBeVisible();
  await expect(member.getByRole("link", { name: "Mon compte" })).toBeVisible();
  expect(asked.slice(3)).toEqual([expect.stringMatching(/^\?ideas=/)]);
});

test("a search comes from the cache, and an article published since shows in it at the next visit", async ({ browser, request }) => {
  const word = uniqueWord();
  const path = `/az/xeberler?q=${encodeURIComponent(`Şəki ${word}`)}`;
  const before = await visit(request, path);
  expect(before.status).toBe(200);
  expect(before.text).toContain(`«Şəki ${word}» sorğusuna uyğun məqalə tapılmadı`);
  await expect.poll(async () => (await visit(request, path)).cache).toBe("HIT");

  const editor = await signedInPage(browser, demo.editor);
  await editor.goto("/fr/admin/actualites/nouveau");
  const title = `Şəki karvansarayı ${word}`;
  await fillArticle(editor, { az: { title, summary: "Karvansaray.", body: "Şəkidə." }, organisation: "Centre culturel azerbaïdjanais", publish: true });
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'article a été créé.")).toBeVisible();
  const after = await visit(request, path);
  expect(after.text).toContain(`«Şəki ${word}» üzrə nəticələr`);
  expect(after.text).toContain(title);

  // A search with a filter or a later page, or with a character a path cannot carry, is rendered per request.
  for (const other of [`/fr/actualites?q=${word}&org=ulduz`, `/fr/actualites?q=${encodeURIComponent(`100% ${word}`)}`]) {
    const response = await request.get(other);
    expect(response.status(), other).toBe(200);
    expect(response.headers()["x-nextjs-cache"], other).toBeUndefined();
    expect(response.headers()["cache-control"], other).toContain("no-store");
  }
});

test("a registration changes the places on the cached event page at the next visit", async ({ browser, request }) => {
  test.slow();
  const tag = Date.now().toString(36);
  const editor = await signedInPage(browser, demo.editor);
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("film");
  await editor.getByLabel("État").selectOption("published");
  await editor.getByLabel("Nombre de places").fill("2");
  await editor.getByLabel("Début").fill(inTwelveDays("18:00"));
  await editor.getByLabel("Fin").fill(inTwelveDays("20:00"));
  const fr = editor.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(`Projection en cache ${tag}`);
  await fr.getByLabel("Résumé").fill("Deux places.");
  await fr.getByLabel("Lieu").fill("Salle de cinéma");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  const path = (await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;

  await expect.poll(async () => (await visit(request, path)).cache).toBe("HIT");
  expect((await visit(request, path)).text).toContain("Places restantes : 2 sur 2.");

  // A signed-in member gets the same cached page; its registration box asks /api/reader who they are.
  const member = await signedInPage(browser, demo.member);
  await member.goto(path);
  await member.getByRole("button", { name: "S'inscrire" }).click();
  await expect(member.getByText("Votre inscription est confirmée.")).toBeVisible();

  // The next anonymous visit already shows one place fewer, and "you are registered" to nobody else.
  const after = await visit(request, path);
  expect(after.text).toContain("Places restantes : 1 sur 2.");
  expect(after.text).not.toContain(">Votre inscription est confirmée.<");
  await member.getByText("Annuler mon inscription…").click();
  await member.getByRole("button", { name: "Oui, annuler mon inscription" }).click();
  await expect(member.getByText("Places restantes : 2 sur 2.")).toBeVisible();
  expect((await visit(request, path)).text).toContain("Places restantes : 2 sur 2.");
});

test("a support shows on the cached idea page at the next visit, and a supporter's state only to them", async ({ page, browser, request }) => {
  test.slow();
  await signUpMember(page, "Aysel Cache");
  const title = uniqueTitle("Un festival de cinéma");
  const path = await submitIdea(page, { title, description: "Des films de Bakou à Paris pendant une semaine." });
  expect((await visit(request, path)).status).toBe(404);
  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    await queueCard(editor, title).getByRole("button", { name: "Approuver et publier" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
  });
  // The 404 a visitor got before the approval is not served again.
  const published = await visit(request, path);
  expect(published.status).toBe(200);
  expect(published.text).toContain("Aucun soutien");

  const other = await (await browser.newContext()).newPage();
  await signUpMember(other, "Rauf Cache");
  await other.goto(path);
  await other.getByRole("button", { name: "Soutenir cette idée" }).click();
  await expect(other.getByRole("button", { name: "Retirer mon soutien" })).toHaveAttribute("aria-pressed", "true");

  const supported = await visit(request, path);
  expect(supported.text).toContain("1 soutien");
  expect(supported.text).toContain('aria-pressed="false"');
  expect(supported.text).not.toContain('aria-pressed="true"');
});
