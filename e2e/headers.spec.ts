import { expect, test } from "@playwright/test";

for (const path of ["/fr", "/az/xeberler", "/fr/connexion", "/api/health", "/fr/rss.xml", "/fr/page-inconnue"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("a signed-in page is never stored by a cache", async ({ page }) => {
  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse e-mail").fill("member@example.org");
  await page.getByLabel("Mot de passe").fill("member-demo-2017");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/fr\/compte$/);
  const response = await page.request.get("/fr/compte");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["cache-control"]).toContain("private");
});
