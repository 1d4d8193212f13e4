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
