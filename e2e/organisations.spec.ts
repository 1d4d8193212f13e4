import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, newMember, signIn, signUp } from "./support/accounts";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), page.url()).toEqual([]);
}

test("the Cultural Centre's page in French: who, where, when, its news, events and answered ideas, each list paged, its feeds", async ({ page, request }) => {
  await page.goto("/fr/organisations/centre-culturel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centre culturel azerbaïdjanais");
  await expect(page.getByText("Adresse", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Du mardi au samedi/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Écrire à l'organisation" })).toHaveAttribute("href", "/fr/contact/centre-culturel");

  const news = page.getByRole("region", { name: "Dernières actualités" });
  await expect(news.getByRole("article")).toHaveCount(3);
  // Each article speaks for the Centre: its organisation, a link, names it.
  await expect(news.getByRole("link", { name: "Centre culturel azerbaïdjanais" })).toHaveCount(3);
  const firstPage = await news.getByRole("heading", { level: 3 }).allTextContents();
  await news.getByRole("link", { name: "Actualités plus anciennes" }).click();
  await expect(page).toHaveURL(/\/fr\/organisations\/centre-culturel\?news=/);
  const secondPage = await page.getByRole("region", { name: "Dernières actualités" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await page.goto("/fr/organisations/centre-culturel");
  const events = page.getByRole("region", { name: "Événements à venir" });
  await expect(events.getByRole("heading", { name: "Concert de mugham : la voix et le tar" })).toBeVisible();
  await expect(events.getByRole("link", { name: "Tous ses événements dans l'agenda" })).toHaveAttribute("href", "/fr/agenda?org=cultural_centre");
  const ideas = page.getByRole("region", { name: "Idées du centenaire auxquelles elle a répondu" });
  await expect(ideas.getByRole("link", { name: "Exposition « 1918, la première république » au Centre culturel" })).toBeVisible();
  await expect(ideas.getByText(/^Retenue pour le plan d'action/)).toBeVisible();
  await expectAccessible(page);

  const rss = await request.get("/fr/organisations/centre-culturel/rss.xml");
  expect(rss.status()).toBe(200);
  const xml = await rss.text();
  expect(xml).toContain("<title>Azerbaïdjanais de France · Centre culturel azerbaïdjanais</title>");
  // Each item is signed by the Centre, alone or jointly (the demo's joint statement names its three signers).
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => [...m[1].matchAll(/<category>([^<]*)<\/category>/g)].map((c) => c[1]));
  expect(items.length).toBeGreaterThan(0);
  for (const categories of items) expect(categories).toContain("Centre culturel azerbaïdjanais");
  expect(items).toContainEqual(["Ambassade d&apos;Azerbaïdjan", "Association Ulduz", "Centre culturel azerbaïdjanais"]);

  const ics = await request.get("/fr/organisations/ulduz/agenda.ics");
  expect(ics.status()).toBe(200);
  // Lines unfolded, as a calendar reads them (RFC 5545 folds at 75 octets).
  const calendar = (await ics.text()).replace(/\r?\n[ \t]/g, "");
  expect(calendar).toContain("X-WR-CALNAME:Agenda · Association Ulduz");
  expect(calendar).toMatch(/^SUMMARY[^:]*:Cours d'azerbaïdjanais pour débutants\r?$/m);
  // Each event says who organises it; another organisation's event is not in this calendar.
  expect(calendar).toContain("Organisateurs : Association Ulduz.");
  expect(calendar).not.toMatch(/^SUMMARY[^:]*:Concert de mugham/m);
  expect((await request.get("/fr/organisations/nulle-part")).status()).toBe(404);
});

test("the embassy's page in Azerbaijani, with its own address and its French twin; reached from the footer", async ({ page }) => {
  await page.goto("/az/tedbirler");
  await page.getByRole("contentinfo").getByRole("link", { name: "Azərbaycan Respublikasının Fransadakı Səfirliyi" }).click();
  await expect(page).toHaveURL(/\/az\/teskilatlar\/sefirlik$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Azərbaycan Səfirliyi");
  await expect(page.getByText("78, avenue d'Iéna")).toBeVisible();
  await expect(page.getByRole("region", { name: "Qarşıdakı tədbirlər" }).getByRole("heading", { name: "İcma görüşü: yüzilliyə hazırlıq" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Təşkilata yazın" })).toHaveAttribute("href", "/az/elaqe/sefirlik");
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /\/fr\/organisations\/ambassade$/);
  await expectAccessible(page);
});

test("an event names its organisers, links them, and says so in its JSON-LD; the agenda filters by organiser", async ({ page }) => {
  await page.goto("/fr/agenda/reunion-de-la-communaute-preparer-le-centenaire");
  await expect(page.getByText("Organisateurs :")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Ambassade d'Azerbaïdjan" })).toHaveAttribute("href", "/fr/organisations/ambassade");
  await expect(page.getByRole("main").getByRole("link", { name: "Association Ulduz" })).toHaveAttribute("href", "/fr/organisations/ulduz");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.organizer.map((o: { name: string; url: string }) => [o.name, new URL(o.url).pathname])).toEqual([
    ["Ambassade d'Azerbaïdjan", "/fr/organisations/ambassade"],
    ["Association Ulduz", "/fr/organisations/ulduz"],
  ]);

  await page.goto("/fr/agenda");
  await page.getByRole("navigation", { name: "Filtrer par organisateur" }).getByRole("link", { name: "Ambassade d'Azerbaïdjan" }).click();
  await expect(page).toHaveURL(/\/fr\/agenda\?org=embassy$/);
  await expect(page.getByRole("heading", { name: "Réunion de la communauté : préparer le centenaire" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Concert de mugham : la voix et le tar" })).toHaveCount(0);
});

test("an Ulduz editor is offered only Ulduz, and a request forged to publish as the embassy is refused", async ({ page }) => {
  await signIn(page, demo.ulduzEditor);
  await page.goto("/fr/admin/actualites/nouveau");
  const organisation = page.getByLabel("Organisation qui s'exprime");
  await expect(organisation.locator("option:not([disabled])")).toHaveText(["Association Ulduz"]);

  // The form as a script would send it: the embassy put back among the choices and chosen.
  await organisation.evaluate((select: HTMLSelectElement) => select.add(new Option("Ambassade", "embassy", true, true)));
  const title = `Faux communiqué ${Date.now()}`;
  await page.getByRole("group", { name: "Version française" }).getByLabel("Titre").fill(title);
  await page.getByRole("group", { name: "Version française" }).getByLabel("Résumé").fill("Résumé.");
  await page.getByRole("group", { name: "Version française" }).getByLabel("Texte (Markdown)").fill("Texte.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText(/^Vous ne pouvez publier qu'au nom de votre organisation/)).toBeVisible();
  await expect(page.getByRole("group", { name: "Version française" }).getByLabel("Titre")).toHaveValue(title);
  await page.goto(`/fr/actualites?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);

  // The event editor offers the three, Ulduz ticked: another one ticked is invited, and approves before the event is public.
  await page.goto("/fr/admin/agenda/nouveau");
  const organisers = page.getByRole("group", { name: "Organisateurs" });
  await expect(organisers.getByRole("checkbox")).toHaveCount(3);
  await expect(organisers.getByRole("checkbox", { name: "Association Ulduz" })).toBeChecked();
  await expect(organisers.getByRole("checkbox", { name: "Ambassade d'Azerbaïdjan" })).not.toBeChecked();
  await expect(organisers).toContainText("Une autre organisation cochée est invitée");
  await expectAccessible(page);
});

test("an admin assigns an editor's organisations on the users page", async ({ page }) => {
  // A member of this test only: the demo editors' organisations are read by tests running alongside.
  const member = newMember("organisations");
  await signUp(page, member);
  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await page.goto(`/fr/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  const row = page.getByRole("row").filter({ hasText: member.email });
  await row.getByLabel(`Rôle de ${member.name}`).selectOption("editor");
  await row.getByRole("button", { name: "Changer le rôle" }).click();
  await expect(row.getByText("Rôle changé.")).toBeVisible();
  await page.reload();
  const form = page.getByRole("group", { name: `Organisations de ${member.name}` });
  await expect(form.getByRole("checkbox", { name: "Centre culturel azerbaïdjanais" })).not.toBeChecked();
  await form.getByRole("checkbox", { name: "Centre culturel azerbaïdjanais" }).check();
  await form.getByRole("checkbox", { name: "Association Ulduz" }).check();
  await page.getByRole("button", { name: "Enregistrer les organisations" }).click();
  await expect(page.getByText("Organisations enregistrées.")).toBeVisible();
  await page.reload();
  const saved = page.getByRole("group", { name: `Organisations de ${member.name}` });
  await expect(saved.getByRole("checkbox", { name: "Centre culturel azerbaïdjanais" })).toBeChecked();
  await expect(saved.getByRole("checkbox", { name: "Association Ulduz" })).toBeChecked();
  await expect(saved.getByRole("checkbox", { name: "Ambassade d'Azerbaïdjan" })).not.toBeChecked();
  await expect(page.getByRole("row").filter({ hasText: member.email })).toContainText("Association Ulduz et Centre culturel azerbaïdjanais");
  await expectAccessible(page);
});
