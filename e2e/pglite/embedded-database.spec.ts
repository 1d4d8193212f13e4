import { expect, test } from "@playwright/test";
import { demo, signIn } from "../support/accounts";

// The other end-to-end tests run on PostgreSQL. These few run on a server with the embedded
// database (PGlite), as `npm start` serves the portal when no DATABASE_URL is set: reading,
// signing in and writing go through PGlite in the server's process.

test("a visitor reads the home page and an article in both languages on the embedded database", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const article = page.locator('main a[href^="/fr/actualites/"]').first();
  const title = (await article.innerText()).trim();
  await article.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.goto("/az");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await page.locator('main a[href^="/az/xeberler/"]').first().click();
  await expect(page).toHaveURL(/\/az\/xeberler\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a member signs in and out on the embedded database: the session is written and then ended", async ({ page }) => {
  await signIn(page, demo.member);
  await page.goto("/fr/compte");
  await expect(page.getByText(`Bonjour ${demo.member.name}`)).toBeVisible();
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"))!;
  expect(session).toBeDefined();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  // The ended session is gone from the database: its token, sent again, signs nobody in.
  await page.context().addCookies([session]);
  expect((await (await page.request.get("/api/auth/session")).json())?.user).toBeUndefined();
});
