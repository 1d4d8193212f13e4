import { expect, test } from "@playwright/test";

// The first paint waits for no stylesheet and the text face comes with the page (issue #16, "First paint").
for (const path of ["/fr", "/az/xeberler"]) {
  test(`${path} carries its styles and preloads its fonts`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/<style[^>]*>[^<]*font-family/);
    const link = response.headers()["link"] ?? "";
    const fonts = [...link.matchAll(/<([^>]+\.woff2)>; rel=preload; as=font; type="font\/woff2"; crossorigin/g)].map((m) => m[1]);
    // Latin and the Azerbaijani letters beyond it: French pages show "Azərbaycan dilində oxuyun" in their header.
    expect(fonts).toHaveLength(2);
    expect(fonts.some((font) => /noto-sans-az-wght-normal\./.test(font))).toBe(true);
    for (const font of fonts) {
      expect(html).toContain(font);
      const file = await request.get(font);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("font/woff2");
    }
  });
}

// The preloaded 4 kB of Azerbaijani letters (scripts/brand/subset-font.mjs) stand in for the 170 kB latin-ext
// file, which a slow phone link took a second to fetch before the largest paint.
test("an Azerbaijani page draws ə, ğ and ş from the preloaded letters, in every weight, without the whole latin-ext file", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  await page.goto("/az/xeberler");
  await page.evaluate(() => document.fonts.ready);
  const drawn = await page.evaluate(async () => {
    const width = (weight: number) => {
      const probe = document.createElement("span");
      probe.textContent = "ƏəĞğŞşİ";
      probe.style.cssText = `font-family: "Noto Sans Variable"; font-weight: ${weight}; position: absolute; white-space: nowrap`;
      document.body.append(probe);
      const measured = probe.getBoundingClientRect().width;
      probe.remove();
      return measured;
    };
    const regular = width(400);
    const bold = width(800);
    await document.fonts.ready;
    // The face of the Azerbaijani letters alone (its range is the shortest that has ə), and the whole latin-ext one.
    const covers = (range: string, code: number) =>
      range.split(",").some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-").map((hex) => parseInt(hex, 16));
        return from <= code && code <= to;
      });
    const faces = [...document.fonts].filter((face) => face.family.includes("Noto Sans") && face.style === "normal" && covers(face.unicodeRange, 0x18f));
    faces.sort((a, b) => a.unicodeRange.length - b.unicodeRange.length);
    return { regular, bold, statuses: faces.map((face) => face.status) };
  });
  expect(drawn.statuses).toEqual(["loaded", "unloaded"]);
  // The weight axis was kept: bold letters are wider.
  expect(drawn.bold).toBeGreaterThan(drawn.regular * 1.05);
  expect(fonts.some((font) => /noto-sans-az-wght-normal\./.test(font))).toBe(true);
  expect(fonts.filter((font) => /latin-ext/.test(font))).toEqual([]);
});

test("a route handler or a file is not given the preload", async ({ request }) => {
  for (const path of ["/api/health", "/fr/rss.xml"]) expect((await request.get(path)).headers()["link"]).toBeUndefined();
});

// Next 16.4 with inlineCss wrote the stylesheet three times into every page: the <style>, the root layout's
// RSC payload, and again as the styles of its built-in error boundary (vercel/next.js#98110), 36 kB a page
// for nothing. patches/next+16.4.6.patch leaves the last one out.
for (const path of ["/fr", "/az/tedbirler"]) {
  test(`${path} carries its stylesheet twice at most (the <style> and the RSC payload)`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html.split("--color-azblue-600:#0077a3").length - 1).toBe(2);
  });
}
