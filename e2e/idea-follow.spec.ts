import { expect, test, type Page } from "@playwright/test";
import { asEditor, queueCard, signUpMember, submitIdea, uniqueTitle } from "./support/ideas";

// Two sign-ups, an approval, an editor's comment: long on a busy machine.
test.describe.configure({ timeout: 300_000 });

const accountLink = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Mon compte/ });

test("a member follows an idea; an editor comments on it; the member sees the unread count and the notification, and marks it read", async ({ page, browser }) => {
  await signUpMember(page, "Ləman Qasımova");
  const title = uniqueTitle("Un atelier de tar");
  const path = await submitIdea(page, { title, description: "Un atelier pour découvrir le tar et le kamança, ouvert aux enfants comme aux adultes." });
  await asEditor(browser, async (editor) => {
    await editor.goto("/fr/admin/idees");
    await queueCard(editor, title).getByRole("button", { name: "Approuver et publier" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "L'idée est publiée." })).toBeVisible();
  });

  // Another member follows it from its (cached) page: the island says they do, and a reload keeps it.
  const member = await (await browser.newContext()).newPage();
  await signUpMember(member, "Tural Məmmədli");
  await member.goto(path);
  await member.getByRole("button", { name: "Suivre cette idée" }).click();
  await expect(member.getByRole("button", { name: "Ne plus suivre" })).toHaveAttribute("aria-pressed", "true");
  await member.reload();
  await expect(member.getByRole("button", { name: "Ne plus suivre" })).toBeVisible();
  await expect(accountLink(member)).toHaveText("Mon compte");

  // The editor comments on the idea.
  await asEditor(browser, async (editor) => {
    await editor.goto(path);
    await editor.getByLabel("Votre commentaire").fill("Le Centre culturel dispose d'une salle pour cet atelier.");
    await editor.getByRole("button", { name: "Publier le commentaire" }).click();
    const answer = editor.locator("#discussion article").filter({ hasText: "Le Centre culturel dispose" });
    await answer.getByRole("button", { name: "Marquer comme réponse officielle" }).click();
    await expect(editor.getByRole("region", { name: "Réponse officielle des organisateurs" })).toContainText("Le Centre culturel dispose");
  });

  // The member's header counts it; their account lists it and marks it read.
  await member.goto(path);
  await expect(accountLink(member)).toHaveAccessibleName("Mon compte 2 notifications non lues");
  await accountLink(member).click();
  await expect(member).toHaveURL(/\/fr\/compte$/);
  // The idea is among those they follow (not among those they support: they only followed it).
  await expect(member.getByRole("region", { name: "Les idées que je suis" }).getByRole("link", { name: title })).toBeVisible();
  await expect(member.getByRole("region", { name: "Les idées que je soutiens" }).getByRole("link", { name: title })).toHaveCount(0);
  const notifications = member.getByRole("region", { name: "Notifications" });
  // Newest first: the official answer, then the comment.
  await expect(notifications.getByRole("listitem")).toHaveText([new RegExp(`Les organisateurs ont répondu à l'idée « ${title} »`), new RegExp(`Nouveau commentaire sur l'idée « ${title} »`)]);
  const item = notifications.getByRole("listitem").filter({ hasText: `Nouveau commentaire sur l'idée « ${title} ».` });
  await expect(item).toContainText("non lue");
  await item.getByRole("button", { name: /^Marquer comme lue/ }).click();
  await expect(notifications.getByText("Notification marquée comme lue.")).toBeVisible();
  await expect(item).not.toContainText("non lue");
  await expect(item.getByRole("button")).toHaveCount(0);
  await member.goto(path);
  await expect(accountLink(member)).toHaveAccessibleName("Mon compte 1 notification non lue");

  // The author followed their idea from the start: they heard of the comment and of the official answer; they mark both read.
  await page.goto("/fr/compte");
  const theirs = page.getByRole("region", { name: "Notifications" });
  await expect(theirs.getByText(`Nouveau commentaire sur l'idée « ${title} ».`)).toBeVisible();
  await expect(theirs.getByText(`Les organisateurs ont répondu à l'idée « ${title} ».`)).toBeVisible();
  await theirs.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(theirs.getByText("2 notifications marquées comme lues.")).toBeVisible();
  await expect(theirs.getByRole("button", { name: /^Marquer comme lue/ })).toHaveCount(0);
});
