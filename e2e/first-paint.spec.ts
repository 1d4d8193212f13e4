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
    // Latin and Latin Extended: French pages show "Azərbaycan dilində oxuyun" in their header.
    expect(fonts).toHaveLength(2);
    for (const font of fonts) {
      expect(html).toContain(font);
      const file = await request.get(font);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("font/woff2");
    }
  });
}

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
