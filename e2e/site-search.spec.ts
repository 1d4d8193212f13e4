import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { fillArticle } from "./support/news";

// Latin letters that Azerbaijani Cyrillic writes with one letter each, and that letter.
const letters: [string, string][] = [["b", "б"], ["d", "д"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["t", "т"], ["u", "у"], ["v", "в"], ["z", "з"], ["a", "а"]];

/** A word nobody else publishes, in Latin and in Cyrillic script. */
function uniqueWordInBothScripts(): { latin: string; cyrillic: string } {
  const picked = Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]);
  return { latin: picked.map(([latin]) => latin).join(""), cyrillic: picked.map(([, cyrillic]) => cyrillic).join("") };
}

test("an article written in Latin script is found by a search typed in Cyrillic, its words marked", async ({ page, browser }) => {
  const word = uniqueWordInBothScripts();
  const az = { title: `Şuşa xalçaları ${word.latin}`, summary: "Qarabağ xalçaçılıq məktəbinin sərgisi.", body: "Şuşa xalçaları Parisdə." };
  const fr = { title: `Les tapis de Choucha ${word.latin}`, summary: "Une exposition de l'école de tapis du Karabakh.", body: "Les tapis de Şuşa à Paris." };
  await signIn(page, demo.editor);
  await page.goto("/fr/admin/actualites/nouveau");
  await fillArticle(page, { fr, az, organisation: "Association Ulduz", publish: true });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("L'article a été créé.")).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto("/az/axtaris");
  await visitor.getByLabel("Bütün portalda axtarın").fill(`Шуша ${word.cyrillic}`);
  await visitor.getByRole("main").getByRole("button", { name: "Axtarın" }).click();
  await expect(visitor).toHaveURL(/\/az\/axtaris\?q=/);
  await expect(visitor.getByText(`«Шуша ${word.cyrillic}» üzrə nəticələr`)).toBeVisible();
  const news = visitor.getByRole("region", { name: "Xəbərlər" });
  const result = news.getByRole("heading", { name: az.title });
  await expect(result).toBeVisible();
  await expect(result.locator("mark")).toHaveText(["Şuşa", word.latin]);
  // Nothing else has the word: the other kinds say so.
  await expect(visitor.getByRole("region", { name: "Tədbirlər" }).getByText("Uyğun tədbir yoxdur.")).toBeVisible();

  // Typed on a keyboard without Azerbaijani letters, in French: the French version.
  await visitor.goto(`/fr/recherche?q=${encodeURIComponent(`shusha ${word.latin.toUpperCase()}`)}`);
  await expect(visitor.getByRole("region", { name: "Actualités" }).getByRole("heading", { name: fr.title })).toBeVisible();
  await visitor.getByRole("link", { name: fr.title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(fr.title);
  await visitor.close();
});

test.describe("the header's search box, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("on a wide screen, in French, it leads from any page to the results", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/fr/agenda");
    await page.getByRole("banner").getByRole("searchbox", { name: "Rechercher sur le portail" }).fill("novruz");
    await page.getByRole("banner").getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/fr\/recherche\?q=novruz$/);
    await expect(page.getByText("Résultats pour « novruz »")).toBeVisible();
    await expect(page.getByRole("region", { name: "Agenda" }).getByRole("link", { name: "Fête de Novruz au Centre culturel" })).toBeVisible();
    // The news list keeps its own search.
    await page.goto("/fr/actualites");
    await expect(page.getByRole("main").getByLabel("Rechercher dans les actualités")).toBeVisible();
  });

  test("on a phone, in Azerbaijani, it is in the menu, beside no button that would crowd the site's name, and leads to the results", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/az/xeberler");
    const box = page.getByRole("banner").getByRole("searchbox", { name: "Portalda axtarın" });
    await expect(box).toBeHidden();
    await expect(page.getByRole("banner").locator("summary", { hasText: "Portalda axtarın" })).toBeHidden();
    await page.getByRole("banner").locator("summary", { hasText: "Menyu" }).click();
    await box.fill("Novruz bayramı");
    await page.getByRole("banner").getByRole("button", { name: "Axtarın" }).click();
    await expect(page).toHaveURL(/\/az\/axtaris\?q=Novruz/);
    await expect(page.getByText("«Novruz bayramı» üzrə nəticələr")).toBeVisible();
    await expect(page.getByRole("region", { name: "Tədbirlər" }).getByRole("link", { name: "Mədəniyyət Mərkəzində Novruz bayramı" })).toBeVisible();
  });
});

// The magnifier once sat on the site's name at 360 px, and a signed-in reader's "Mon compte" touched its longest
// word: on a phone nothing in the header's row may cover the name's text (its glyphs, which may overflow its box).
for (const { path, name, link, member } of [
  { path: "/fr/recherche?q=concert", name: "Azerbaïdjanais de France", link: "Connexion", member: false },
  { path: "/az/axtaris?q=konsert", name: "Fransa azərbaycanlıları", link: "Giriş", member: false },
  { path: "/fr/recherche?q=concert", name: "Azerbaïdjanais de France", link: "Mon compte", member: true },
  { path: "/az/axtaris?q=konsert", name: "Fransa azərbaycanlıları", link: "Hesabım", member: true },
]) {
  test(`at 360 px the header's buttons leave the site's name uncovered (${path}${member ? ", signed in" : ""})`, async ({ page }) => {
    if (member) await signIn(page, demo.member);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: link })).toBeVisible();
    const text = await banner.getByRole("link", { name }).locator("span").evaluate((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      const rects = [...range.getClientRects()];
      return { x: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
    });
    const others = banner.locator("summary, a").filter({ hasNotText: name });
    let seen = 0;
    for (const other of await others.all()) {
      const box = await other.boundingBox();
      // Not shown: display none, or inside a closed disclosure (the menu's links keep a box there).
      if (!box || box.width === 0 || (await other.evaluate((element) => !!element.closest("details:not([open]) > :not(summary)")))) continue;
      seen++;
      expect(box.x >= text.right || box.x + box.width <= text.x, `${await other.innerText()} beside the site's name`).toBe(true);
    }
    // The language switcher, the sign-in or account link and the menu at least.
    expect(seen).toBeGreaterThanOrEqual(3);
  });
}

test("the header's search box shows its whole placeholder at 1280 px, in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [path, name] of [
    ["/fr/agenda", "Rechercher sur le portail"],
    ["/az/tedbirler", "Portalda axtarın"],
  ] as const) {
    await page.goto(path);
    const box = page.getByRole("banner").getByRole("searchbox", { name });
    await expect(box).toBeVisible();
    // The placeholder's width in the box's own font, against the room inside the box.
    const { text, room } = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(text, path).toBeLessThanOrEqual(room);
  }
});
