import { expect, type Page } from "@playwright/test";

/** Letters only, so that it survives slugs and search folding unchanged. */
export function uniqueWord(): string {
  return Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

type Version = { title: string; summary: string; body: string };

/** Fills the French-interface article form; a version left out stays empty. */
export async function fillArticle(page: Page, article: { fr?: Version; az?: Version; organisation: string; publish: boolean }) {
  for (const [legend, version] of [["Version française", article.fr], ["Version azerbaïdjanaise", article.az]] as const) {
    if (!version) continue;
    const group = page.getByRole("group", { name: legend });
    await group.getByLabel("Titre").fill(version.title);
    await group.getByLabel("Résumé").fill(version.summary);
    await group.getByLabel("Texte (Markdown)").fill(version.body);
  }
  await page.getByLabel("Organisation qui s'exprime").selectOption({ label: article.organisation });
  await page.getByRole("radio", { name: article.publish ? "Publié" : "Brouillon (invisible des visiteurs)" }).check();
  await expect(page.getByRole("radio", { name: article.publish ? "Publié" : "Brouillon (invisible des visiteurs)" })).toBeChecked();
}
