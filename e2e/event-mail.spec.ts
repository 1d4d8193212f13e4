import { expect, test, type Browser, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { demo, signIn } from "./support/accounts";
import { waitForMail, type ReceivedMail } from "./support/mailbox";

function inTwelveDays(time: string): string {
  return `${new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** The VEVENT of a calendar file, as a calendar application reads it. */
function vevent(ics: string) {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
  return { uid: event.getFirstPropertyValue("uid"), status: event.getFirstPropertyValue("status"), summary: event.getFirstPropertyValue("summary"), sequence: event.getFirstPropertyValue("sequence") };
}

function attachedIcs(mail: ReceivedMail): string {
  const file = mail.attachments.find((attachment) => attachment.filename.endsWith(".ics"));
  expect(file, `an .ics attached to "${mail.subject}"`).toBeTruthy();
  return file!.content;
}

test("registering mails a confirmation with the event's .ics; cancelling keeps the page, says why, and mails a CANCELLED .ics", async ({ browser }) => {
  test.slow();
  const tag = Date.now().toString(36);

  const editor = await signedInPage(browser, demo.editor);
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("concert");
  await editor.getByLabel("État").selectOption("published");
  await editor.getByLabel("Nombre de places").fill("5");
  await editor.getByLabel("Début").fill(inTwelveDays("20:00"));
  await editor.getByLabel("Fin").fill(inTwelveDays("22:00"));
  const fr = editor.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(`Soirée de kamantcha ${tag}`);
  await fr.getByLabel("Résumé").fill("Kamantcha et tar.");
  await fr.getByLabel("Lieu").fill("Grande salle");
  const az = editor.getByRole("group", { name: "Azerbaïdjanais" });
  await az.getByLabel("Titre").fill(`Kamança gecəsi ${tag}`);
  await az.getByLabel("Résumé").fill("Kamança və tar.");
  await az.getByLabel("Lieu").fill("Böyük zal");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  const eventAdmin = editor.url();
  const frPath = (await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;

  const member = await signedInPage(browser, demo.member);
  await member.goto(frPath);
  await member.getByRole("button", { name: "S'inscrire" }).click();
  await expect(member.getByText("Votre inscription est confirmée.")).toBeVisible();

  // The confirmation, as the member's mailbox has it: text, HTML, and the event as the feed names it.
  const confirmation = await waitForMail(demo.member.email, `Inscription confirmée : Soirée de kamantcha ${tag}`);
  expect(confirmation.text).toContain("heure de Paris");
  expect(confirmation.html).toContain(`href="http://127.0.0.1`);
  const mailed = vevent(attachedIcs(confirmation));
  const feed = await member.request.get(`${frPath}/calendrier.ics`);
  const published = vevent(await feed.text());
  expect(mailed).toMatchObject({ uid: published.uid, summary: `Soirée de kamantcha ${tag}`, status: "CONFIRMED" });

  // With a registration the editor can only cancel, with a reason.
  await editor.goto(eventAdmin);
  await expect(editor.getByText("Supprimer l'événement…")).toHaveCount(0);
  await editor.getByText("Annuler l'événement…").click();
  await editor.getByLabel("Motif de l'annulation (affiché sur la page et dans l'e-mail)").fill("Le musicien est retenu à Bakou.");
  await editor.getByRole("button", { name: "Oui, annuler l'événement et prévenir les inscrits" }).click();
  await expect(editor.getByText("L'événement est annulé ; les inscrits et la liste d'attente sont prévenus par e-mail.")).toBeVisible();

  const notice = await waitForMail(demo.member.email, `Événement annulé : Soirée de kamantcha ${tag}`);
  expect(notice.text).toContain("Motif : Le musicien est retenu à Bakou.");
  expect(vevent(attachedIcs(notice))).toMatchObject({ uid: published.uid, status: "CANCELLED" });

  // The page stays, says so and why, and takes no registration; the feed strikes the event out.
  await member.goto(frPath);
  await expect(member.getByRole("note").filter({ hasText: "Cet événement est annulé." })).toContainText("Motif : Le musicien est retenu à Bakou.");
  await expect(member.getByRole("button", { name: "S'inscrire" })).toHaveCount(0);
  await expect.poll(async () => vevent(await (await member.request.get(`${frPath}/calendrier.ics`)).text()).status).toBe("CANCELLED");
});
