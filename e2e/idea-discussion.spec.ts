import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";
import { queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

// Sign-ups, an idea approved, several readers: long on a busy machine.
test.describe.configure({ timeout: 300_000 });

/** The demo editor in a context of their own, signed in once (a second sign-in would wait for the next code). */
async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demo.editor);
  return page;
}

async function approve(editor: Page, title: string) {
  await editor.goto("/fr/admin/idees");
  await queueCard(editor, title).getByRole("button", { name: "Approuver et publier" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
}

/** A comment of the discussion, by its text (the innermost: a thread holds its replies). */
const comment = (page: Page, text: string) => page.locator("#discussion article").filter({ hasText: text }).last();
/** A comment's own text and tools, without the replies under it. */
const own = (page: Page, text: string) => comment(page, text).locator(":scope > div");

async function reply(page: Page, to: string, text: string) {
  const thread = page.locator("#discussion > ol > li > article").filter({ hasText: to });
  await thread.getByText("Répondre", { exact: true }).click();
  await thread.getByRole("textbox", { name: /^Répondre à / }).fill(text);
  await thread.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(comment(page, text)).toBeVisible();
}

test("a member comments, the idea's author replies, an editor answers and marks the official answer; a visitor reads it all", async ({ page, browser }) => {
  await signUpMember(page, "Nərgiz Əliyeva");
  const title = uniqueTitle("Une soirée de poésie");
  const path = await submitIdea(page, { title, description: "Une soirée de poésie de Nizami et de Vaqif, lue en français et en azerbaïdjanais." });
  const editor = await editorPage(browser);
  await approve(editor, title);

  // Another member comments, in Azerbaijani, with emphasis and a link.
  const member = await browser.newPage();
  await signUpMember(member, "Rəşad Hüseynov");
  await member.goto(path);
  await expect(member.getByRole("heading", { name: /^Discussion/ })).toContainText("Aucun commentaire");
  const text = "Çox gözəl ideya! **Mütləq** [Nizami](https://example.org/nizami) oxunsun.";
  await member.getByLabel("Votre commentaire").fill(text);
  await member.getByLabel("Langue du commentaire").selectOption("az");
  await member.getByRole("button", { name: "Publier le commentaire" }).click();
  const mine = comment(member, "Çox gözəl ideya!");
  await expect(mine).toBeVisible();
  await expect(mine.locator('[lang="az"] strong')).toHaveText("Mütləq");
  await expect(mine.getByRole("link", { name: "Nizami" })).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
  await expect(member.getByRole("heading", { name: /^Discussion/ })).toContainText("1 commentaire");
  // Its author may still correct it, and does.
  await mine.getByText("Modifier", { exact: true }).click();
  await mine.getByLabel("Modifier mon commentaire").fill("Çox gözəl ideya! **Mütləq** Nizami oxunsun.");
  await mine.getByRole("button", { name: "Enregistrer" }).click();
  await expect(comment(member, "Çox gözəl ideya!").getByText("(modifié)")).toBeVisible();

  // The idea's author replies, marked as such.
  await page.goto(path);
  await reply(page, "Çox gözəl ideya!", "Təşəkkürlər, Rəşad! Merci pour le soutien.");
  await expect(comment(page, "Təşəkkürlər, Rəşad!").getByText("Auteur de l'idée")).toBeVisible();
  // Nobody else's comment can be edited or deleted by them; they may report it.
  await expect(own(page, "Çox gözəl ideya!").getByRole("button", { name: "Supprimer" })).toHaveCount(0);
  await expect(own(page, "Çox gözəl ideya!").getByText("Signaler", { exact: true })).toBeVisible();

  // An editor answers in the thread and marks the answer as the official one.
  await editor.goto(path);
  await reply(editor, "Çox gözəl ideya!", "Le Centre culturel peut accueillir cette soirée au printemps.");
  const answer = comment(editor, "Le Centre culturel peut accueillir");
  await expect(answer.getByText("Équipe éditoriale")).toBeVisible();
  await answer.getByRole("button", { name: "Marquer comme réponse officielle" }).click();
  await expect(editor.getByRole("region", { name: "Réponse officielle des organisateurs" })).toContainText("Le Centre culturel peut accueillir");
  await editor.context().close();

  // A visitor reads the discussion and the official answer; to take part they are asked to sign in.
  const visitor = await browser.newPage();
  await visitor.goto(path);
  await expect(visitor.getByRole("region", { name: "Réponse officielle des organisateurs" })).toContainText("Le Centre culturel peut accueillir");
  await expect(comment(visitor, "Le Centre culturel peut accueillir").getByText("Réponse officielle", { exact: true })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: /^Discussion/ })).toContainText("3 commentaires");
  await expect(visitor.getByRole("link", { name: "Connectez-vous pour participer à la discussion" }).first()).toBeVisible();
  await expect(own(visitor, "Çox gözəl ideya!").getByText("Modifier", { exact: true })).toHaveCount(0);
  await visitor.close();

  // The member deletes their comment: its text goes, the replies keep their place.
  await member.goto(path);
  await own(member, "Çox gözəl ideya!").getByRole("button", { name: "Supprimer" }).click();
  await expect(member.getByText("Commentaire supprimé par son auteur.")).toBeVisible();
  await expect(member.getByText("Çox gözəl ideya!")).toHaveCount(0);
  await expect(comment(member, "Təşəkkürlər, Rəşad!")).toBeVisible();
  await member.close();
});

test("an editor hides a comment with a reason its author reads; without JavaScript a member still comments", async ({ page, browser }) => {
  await signUpMember(page, "Elvin Qasımov");
  const title = uniqueTitle("Un tournoi d'échecs");
  const path = await submitIdea(page, { title, description: "Un tournoi d'échecs ouvert à tous, en hommage aux grands maîtres de Bakou." });
  const editor = await editorPage(browser);
  await approve(editor, title);

  // Without JavaScript: the form is in the page and the server answers it, the text kept on a refusal.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(path);
  await plain.getByLabel("Votre commentaire").fill("x");
  await plain.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(plain.getByText("Écrivez au moins 2 caractères.")).toBeVisible();
  await expect(plain.getByLabel("Votre commentaire")).toHaveValue("x");
  await plain.getByLabel("Votre commentaire").fill("Achetez des montres sur mon site !");
  await plain.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(comment(plain, "Achetez des montres")).toBeVisible();
  await context.close();

  await editor.goto(path);
  const spam = comment(editor, "Achetez des montres");
  await spam.getByText("Masquer", { exact: true }).click();
  await spam.getByLabel("Motif (l'auteur le verra)").fill("Publicité pour un commerce.");
  await spam.getByRole("button", { name: "Masquer le commentaire" }).click();
  await expect(editor.getByText("Commentaire masqué par la modération.")).toBeVisible();
  await editor.goto("/fr/admin/commentaires");
  await expect(editor.locator("#hidden li").filter({ hasText: "Achetez des montres" })).toContainText("Publicité pour un commerce.");
  await editor.context().close();

  await page.goto(path);
  await expect(page.getByText("Achetez des montres")).toHaveCount(0);
  await expect(page.getByRole("note").filter({ hasText: /Votre commentaire a été masqué par un modérateur\. Motif\s:\sPublicité pour un commerce\./ })).toBeVisible();
});
