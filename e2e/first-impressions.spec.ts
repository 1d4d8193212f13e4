import { expect, test } from "@playwright/test";

// What a first visit noticed: the grid does not say which day is today, a concert ending at 22:00 in Paris
// "ends at 01:00" in Baku without saying it is the next day, a French-only article is flagged in red.

test("the month grid marks today", async ({ page }) => {
  await page.goto("/fr/agenda?view=month");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const cell = page.locator('td[aria-current="date"]');
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveAttribute("data-day", today);
  await expect(cell).toContainText(`${Number(today.slice(8))} · aujourd'hui`);
});

test("an evening concert says its end in Baku falls on the next day", async ({ page }) => {
  await page.goto("/fr/agenda");
  await page.getByRole("link", { name: "Concert de mugham : la voix et le tar" }).first().click();
  await expect(page.getByText(/^À Bakou : 23:00 – 01:00 le lendemain$/)).toBeVisible();
  await page.getByRole("link", { name: /^AZ/ }).click();
  await expect(page.getByText(/^Bakı vaxtı ilə: 23:00 – ertəsi gün 01:00$/)).toBeVisible();
});

test("a French-only article in the Azerbaijani list carries a neutral language tag, not a red warning", async ({ page }) => {
  await page.goto("/az/xeberler");
  const tag = page.getByText("Fransız dilində", { exact: true }).first();
  await expect(tag).toBeVisible();
  // Not the flag's red that error messages use: compared with a probe in that red.
  const [colour, red] = await tag.evaluate((element) => {
    const probe = document.createElement("span");
    probe.className = "text-azred-600";
    document.body.append(probe);
    const colours = [getComputedStyle(element).color, getComputedStyle(probe).color];
    probe.remove();
    return colours;
  });
  expect(colour).not.toBe(red);
});

test("the admin home says 'connecté en tant qu'administrateur'", async ({ page }) => {
  const { demo, signIn } = await import("./support/accounts");
  await signIn(page, demo.admin);
  await page.goto("/fr/admin");
  await expect(page.getByText(/Vous êtes connecté en tant qu'administrateur\.$/)).toBeVisible();
  await page.goto("/az/admin");
  await expect(page.getByText(/Siz administrator kimi daxil olmusunuz\.$/)).toBeVisible();
});

test("the ideas gallery's cards side by side are the same height: no holes in the grid", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/fr/centenaire");
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards.nth(1)).toBeVisible();
  const boxes = await cards.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), height: Math.round(r.height) })));
  const rows = new Map<number, typeof boxes>();
  for (const box of boxes) rows.set(box.top, [...(rows.get(box.top) ?? []), box]);
  expect([...rows.values()].some((row) => row.length === 2)).toBe(true);
  for (const row of rows.values()) expect(new Set(row.map((box) => box.height)).size).toBe(1);
});

test("an event's place links to OpenStreetMap, and no map tiles load", async ({ page }) => {
  const tiles: string[] = [];
  page.on("request", (request) => {
    if (/tile|openstreetmap/.test(request.url())) tiles.push(request.url());
  });
  await page.goto("/fr/agenda");
  await page.getByRole("link", { name: "Concert de mugham : la voix et le tar" }).first().click();
  const map = page.getByRole("link", { name: "Voir sur la carte (OpenStreetMap)" });
  await expect(map).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/search\?query=Centre%20culturel/);
  expect(tiles).toEqual([]);
});

test("the exhibition under way shows, in the list, the day it ends", async ({ page }) => {
  await page.goto("/fr/agenda");
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Exposition : tapis d'Azerbaïdjan, de Quba au Qarabağ" }) });
  const end = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(Date.now() + 40 * 24 * 3600 * 1000));
  await expect(card.getByText(`→ jusqu'au ${end}`)).toBeVisible();
});

test("a cancelled event is marked as such in the month grid, not shown as if it were on", async ({ page }) => {
  // The demo's tar recital, 25 days from now, is cancelled.
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).format(new Date(Date.now() + 25 * 24 * 3600 * 1000));
  await page.goto(`/fr/agenda?view=month&month=${month}`);
  await expect(page.getByRole("table").getByRole("link", { name: "Récital de tar et de piano · annulé" })).toBeVisible();
  await page.goto(`/az/tedbirler?view=month&month=${month}`);
  await expect(page.getByRole("table").getByRole("link", { name: "Tar və fortepiano resitalı · ləğv edilib" })).toBeVisible();
});
