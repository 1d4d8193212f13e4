import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// A Paris wall-clock time twenty days ahead, as a datetime-local input takes it.
function inTwentyDays(time: string): string {
  return `${new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

test("deleting an event asks first; only the confirmation deletes, and it works without JavaScript", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demo.editor);
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("film");
  await editor.getByLabel("Début").fill(inTwentyDays("18:00"));
  await editor.getByLabel("Fin").fill(inTwentyDays("20:00"));
  const fr = editor.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(`Projection à supprimer ${tag}`);
  await fr.getByLabel("Résumé").fill("Un brouillon que personne ne verra.");
  await fr.getByLabel("Lieu").fill("Salle de cinéma");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  const adminPath = new URL(editor.url()).pathname;

  // The same editor, in a browser without JavaScript.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.context().addCookies(await editor.context().cookies());
  await plain.goto(adminPath);
  const deleteButton = plain.getByRole("button", { name: "Supprimer définitivement" });
  await expect(deleteButton).toBeHidden();
  await plain.getByText("Supprimer l'événement…").click();
  await expect(plain.getByText("Supprimer l'événement l'efface définitivement. Personne n'y est inscrit.")).toBeVisible();
  await expect(deleteButton).toBeVisible();

  // Opening the step did nothing: the event is still there.
  expect((await editor.goto(adminPath))?.status()).toBe(200);
  await expect(fr.getByLabel("Titre")).toHaveValue(`Projection à supprimer ${tag}`);

  await deleteButton.click();
  await expect(plain.getByText("L'événement a été supprimé.")).toBeVisible();
  expect((await editor.goto(adminPath))?.status()).toBe(404);
});
