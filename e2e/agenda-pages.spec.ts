import { expect, test, type Locator } from "@playwright/test";
import ICAL from "ical.js";
import { demo, signIn } from "./support/accounts";

const concert = { fr: "Concert de mugham : la voix et le tar", az: "Muğam axşamı: səs və tar", frPath: "/fr/agenda/concert-de-mugham-la-voix-et-le-tar" };

test("the agenda: upcoming first, under way, past on their own tab, by month and by category", async ({ page }) => {
  await page.goto("/fr/agenda");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  await expect(page.getByRole("heading", { name: "En cours" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Exposition : tapis d'Azerbaïdjan, de Quba au Qarabağ" })).toBeVisible();
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: concert.fr }) });
  await expect(card.getByText("Complet · liste d'attente")).toBeVisible();
  await expect(card.getByText(/\(Bakou \d\d:\d\d\)/)).toBeVisible();
  // Written only in Azerbaijani: shown with its language and a notice.
  await expect(page.getByRole("heading", { name: "Yallı rəqsi dərsi: hamı üçün" })).toHaveAttribute("lang", "az");
  await expect(page.getByText("Cet événement n'est décrit qu'en azerbaïdjanais.").first()).toBeVisible();
  await expect(page.getByText("Récital de piano")).toHaveCount(0);

  await page.getByRole("link", { name: "Passés" }).click();
  await expect(page).toHaveURL(/\/fr\/agenda\?view=past$/);
  await expect(page.getByRole("link", { name: "Soirée cinéma : Arşın mal alan (1945)" })).toBeVisible();
  await expect(page.getByRole("link", { name: concert.fr })).toHaveCount(0);
  await page.getByRole("link", { name: "Commémoration", exact: true }).click();
  await expect(page.getByRole("link", { name: "Commémoration du 20 Janvier" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Soirée cinéma : Arşın mal alan (1945)" })).toHaveCount(0);

  await page.goto("/az/tedbirler?view=month");
  const heading = page.getByRole("heading", { level: 2 }).first();
  const thisMonth = await heading.textContent();
  await page.getByRole("link", { name: /^Növbəti ay: / }).click();
  await expect(page).toHaveURL(/\/az\/tedbirler\?view=month&month=\d{4}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 2 }).first()).not.toHaveText(thisMonth!);
  await page.getByRole("link", { name: /^Əvvəlki ay: / }).click();
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(thisMonth!);
});

test("an event page: Paris and Baku times, JSON-LD, hreflang alternates, the other language by its own slug", async ({ page }) => {
  await page.goto(concert.frPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(concert.fr);
  await expect(page.getByText("(heure de Paris)")).toBeVisible();
  // An evening in Paris may end after midnight in Baku: the line then says "le lendemain".
  await expect(page.getByText(/^À Bakou : \d\d:\d\d – \d\d:\d\d( le lendemain)?$/)).toBeVisible();
  await expect(page.getByText(/^Complet\./)).toBeVisible();

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Event", name: concert.fr, inLanguage: "fr", location: { "@type": "Place" } });
  expect(new Date(jsonLd.startDate).getTime()).toBeGreaterThan(Date.now());
  await expect(page.locator('link[rel="alternate"][hreflang="az"]')).toHaveAttribute("href", /\/az\/tedbirler\/mugam-axsami-ses-ve-tar$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/fr\/agenda\/concert-de-mugham-la-voix-et-le-tar$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", concert.fr);

  await page.getByRole("link", { name: "Azərbaycan dilində oxuyun" }).click();
  await expect(page).toHaveURL(/\/az\/tedbirler\/mugam-axsami-ses-ve-tar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(concert.az);
  await expect(page.getByText(/^Bakı vaxtı ilə: \d\d:\d\d – (ertəsi gün )?\d\d:\d\d$/)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
});

test("the subscribable feed and an event's .ics are valid iCalendar that a calendar reads", async ({ page, request }) => {
  const response = await request.get("/az/agenda.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(events.length).toBeGreaterThanOrEqual(6);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  for (const vevent of calendar.getAllSubcomponents("vevent")) expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
  const mugham = events.find((e) => e.summary === concert.az);
  expect(mugham?.location).toBe("Parisdəki Azərbaycan Mədəniyyət Mərkəzi, kiçik musiqi salonu");
  // The feed tells each event by its summary and links to its page; the event's own file has the whole text.
  expect(mugham?.description).toContain("Mərkəzin kiçik musiqi salonunda muğam axşamı");
  expect(mugham?.description).toMatch(/\/az\/tedbirler\/[^/\s]+$/);
  expect(mugham?.description).not.toContain("«Rast» və «Segah»");
  // Past events are not in a feed of what is coming.
  expect(events.some((e) => e.summary.includes("Arşın mal alan"))).toBe(false);

  await page.goto(concert.frPath);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ajouter à mon calendrier (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("concert-de-mugham-la-voix-et-le-tar.ics");
  const single = new ICAL.Component(ICAL.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"))));
  const [one] = single.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(one.summary).toBe(concert.fr);
  expect(one.description).toContain("les mughams Rast et Segah");
  expect(one.uid).toBe(mugham?.uid);
});

test("registrations export as CSV for editors only, with a BOM so that ə shows in a spreadsheet", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/agenda");
  await page.getByRole("row", { name: new RegExp(concert.fr) }).getByRole("link", { name: /4 \/ 4 inscrits, 2 en attente/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscriptions");
  const csvHref = (await page.getByRole("link", { name: "Télécharger les inscriptions (CSV)" }).getAttribute("href"))!;
  const csvResponse = await page.request.get(csvHref);
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csvResponse.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8").slice(1);
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("Statut,Rang en liste d'attente,Nom,E-mail,Inscription (heure de Paris),Sorti de la liste d'attente (heure de Paris)");
  expect(lines.filter((l) => l.startsWith("inscrit,"))).toHaveLength(4);
  expect(lines.filter((l) => l.startsWith("liste d'attente,"))).toHaveLength(2);
  expect(csv).toContain("Nigar Əliyeva");

  await page.context().clearCookies();
  await signIn(page, demo.member);
  const refused = await page.request.get(csvHref);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain("Əliyeva");
});

test("an event's description is set like an article's body: same type, bulleted lists", async ({ page }) => {
  const typeOf = (text: Locator) =>
    text.evaluate((element) => {
      const style = getComputedStyle(element);
      return { fontSize: style.fontSize, lineHeight: style.lineHeight, color: style.color };
    });
  await page.goto("/fr/actualites/30-octobre-2017-la-communaute-azerbaidjanaise-reunie-au-centre-culturel-de-paris");
  const articleText = page.getByText(/^Étudiants, familles installées depuis longtemps/);
  await expect(articleText).toBeVisible();
  const articleType = await typeOf(articleText);

  await page.goto("/fr/agenda/commemoration-du-20-janvier");
  const eventText = page.getByText(/^Dans la nuit du 19 au 20 janvier 1990/);
  await expect(eventText).toBeVisible();
  expect(await typeOf(eventText)).toEqual(articleType);
  const list = page.getByRole("list").filter({ has: page.getByRole("listitem").filter({ hasText: "Minute de silence et dépôt de fleurs" }) });
  await expect(list).toHaveCSS("list-style-type", "disc");
});
