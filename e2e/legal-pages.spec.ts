import { expect, test } from "@playwright/test";

const pages = [
  { footer: { fr: "Mentions légales", az: "Hüquqi məlumat" }, path: { fr: "/fr/mentions-legales", az: "/az/huquqi-melumat" }, heading: { fr: "Mentions légales", az: "Hüquqi məlumat" } },
  { footer: { fr: "Confidentialité", az: "Məxfilik" }, path: { fr: "/fr/confidentialite", az: "/az/mexfilik" }, heading: { fr: "Confidentialité", az: "Məxfilik" } },
  { footer: { fr: "Accessibilité : non conforme", az: "Əlçatanlıq: uyğun deyil" }, path: { fr: "/fr/accessibilite", az: "/az/elcatanliq" }, heading: { fr: "Accessibilité", az: "Əlçatanlıq" } },
] as const;

for (const locale of ["fr", "az"] as const) {
  test(`the footer leads to the legal notice, the privacy page and the accessibility statement (${locale})`, async ({ page }) => {
    for (const { footer, path, heading } of pages) {
      await page.goto(`/${locale}`);
      await page.getByRole("contentinfo").getByRole("link", { name: footer[locale], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path[locale]}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading[locale]);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    }
  });
}

test("the legal notice names the publisher and a contact, and the accessibility statement a way to report a barrier", async ({ page }) => {
  await page.goto("/fr/mentions-legales");
  await expect(page.getByText(/Association Ulduz/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@.+/);
  await page.goto("/az/elcatanliq");
  await expect(page.getByRole("heading", { name: "Maneə barədə xəbər verin" })).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  await expect(page.getByText("Défenseur des droits", { exact: false }).first()).toBeVisible();
  // The language switcher keeps the reader on the same page.
  await page.getByRole("link", { name: /FR/ }).first().click();
  await expect(page).toHaveURL(/\/fr\/accessibilite$/);
});
