import { expect, test } from "@playwright/test";

test("the favicon, the touch icon and the manifest are served, and a page loads with no failed request", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an icon file, not an HTML 404
  expect((await request.get("/apple-icon.png")).headers()["content-type"]).toContain("image/png");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { icons, start_url } = await manifest.json();
  expect(start_url).toBe("/");
  for (const icon of icons as { src: string }[]) expect((await request.get(icon.src)).status()).toBe(200);

  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/fr");
  await expect(page.locator('head link[rel="icon"]').first()).toBeAttached();
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /opengraph-image/);
  expect(failed).toEqual([]);
});

test("the header's mark is the flag's crescent and eight-pointed star, not a five-pointed one", async ({ page }) => {
  await page.goto("/az");
  const star = page.getByRole("banner").locator("svg polygon").first();
  const points = (await star.getAttribute("points"))?.trim().split(/\s+/) ?? [];
  // Eight points and the eight notches between them.
  expect(points).toHaveLength(16);
});
