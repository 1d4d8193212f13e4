import { expect, test, type Browser, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { demo, newMember, signIn, signUp } from "./support/accounts";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";
import { uniqueWord } from "./support/news";

/** A time as the editor types it: Paris wall-clock, to the minute. */
function parisInput(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function staffPage(browser: Browser, account: typeof demo.editor): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** Creates a published event with places; returns its admin address and its French public path. */
async function createEvent(editor: Page, title: string, startsAt: Date, reminderHours: string) {
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("concert");
  await editor.getByLabel("État").selectOption("published");
  await editor.getByLabel("Nombre de places").fill("5");
  await editor.getByLabel("Début", { exact: true }).fill(parisInput(startsAt));
  await editor.getByLabel("Fin", { exact: true }).fill(parisInput(new Date(startsAt.getTime() + 2 * 3_600_000)));
  await editor.getByLabel("Rappel aux inscrits (en heures)").fill(reminderHours);
  const fr = editor.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(title);
  await fr.getByLabel("Résumé").fill("Tar et kamantcha.");
  await fr.getByLabel("Lieu").fill("Grande salle");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  return { admin: editor.url(), path: (await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))! };
}

test("the reminder field refuses what is not a number of hours, in the editor's language", async ({ browser }) => {
  const editor = await staffPage(browser, demo.editor);
  await editor.goto("/az/admin/agenda/nouveau");
  await expect(editor.getByLabel("Xatırlatma (neçə saat qabaq)")).toHaveValue("48");
  await editor.getByLabel("Xatırlatma (neçə saat qabaq)").fill("1000");
  await editor.getByRole("button", { name: "Yadda saxlayın" }).click();
  await expect(editor.getByText("1 ilə 720 arasında saat sayı daxil edin və ya boş saxlayın.")).toBeVisible();
  await expect(editor.getByLabel("Xatırlatma (neçə saat qabaq)")).toHaveValue("1000");
});

test("a time or place change is mailed old → new with an updated .ics; the reminder comes when due, and its link frees the place", async ({ browser }) => {
  // The reminder falls due a minute or two after the registration: the test waits for it.
  test.setTimeout(360_000);
  const tag = uniqueWord();
  const editor = await staffPage(browser, demo.editor);
  const title = `Récital de tar ${tag}`;
  const event = await createEvent(editor, title, new Date(Date.now() + 3 * 86_400_000), "2");

  const account = newMember(`rappel-${tag}`);
  const member = await (await browser.newContext()).newPage();
  await signUp(member, account);
  await member.goto(event.path);
  await member.getByRole("button", { name: "S'inscrire" }).click();
  await expect(member.getByText("Votre inscription est confirmée.")).toBeVisible();
  // The registration is written by now: the reminder's moment, set below, comes after it.
  const registered = Date.now();
  await waitForMail(account.email, `Inscription confirmée : ${title}`);

  // The event moves to about two hours from now and to another room. With its reminder 2 h before, the
  // reminder falls due at the first minute after the registration (within the minute the editor's form
  // counts in): after the registration, so it is owed (one who registers within the window gets none).
  const startsAt = new Date(Math.ceil((registered + 1_000 + 2 * 3_600_000) / 60_000) * 60_000);
  await editor.goto(event.admin);
  await editor.getByLabel("Début", { exact: true }).fill(parisInput(startsAt));
  await editor.getByLabel("Fin", { exact: true }).fill(parisInput(new Date(startsAt.getTime() + 2 * 3_600_000)));
  await editor.getByRole("group", { name: "Français" }).getByLabel("Lieu").fill("Petite salle");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("Les modifications sont enregistrées.")).toBeVisible();
  const change = await waitForMail(account.email, `Changement : ${title}`);
  expect(change.text).toMatch(/Avant : .*Grande salle\./);
  expect(change.text).toMatch(/Maintenant : .*Petite salle\./);
  expect(change.text).toMatch(/heure de Paris ; \d\d:\d\d à Bakou/);
  const ics = change.attachments.find((file) => file.filename.endsWith(".ics"))!;
  const vevent = new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent("vevent")!;
  expect(vevent.getFirstPropertyValue("location")).toBe("Petite salle");
  expect(Number(vevent.getFirstPropertyValue("sequence"))).toBeGreaterThan(0);

  // An admin has the due reminders looked for (the schedule does it every ten minutes) until it is due.
  const admin = await staffPage(browser, demo.admin);
  await expect
    .poll(
      async () => {
        await admin.goto("/fr/admin/courrier");
        await admin.getByRole("button", { name: "Chercher les rappels dus maintenant" }).click();
        await expect(admin.getByRole("status").filter({ hasText: "C'est demandé" })).toBeVisible();
        await admin.waitForTimeout(5_000);
        return mailsTo(account.email).some((mail) => mail.subject.startsWith(`Rappel : ${title}`));
      },
      { timeout: 240_000, intervals: [10_000] },
    )
    .toBe(true);
  const reminder = await waitForMail(account.email, new RegExp(`^Rappel : ${title}`));
  expect(reminder.text).toContain("Petite salle");

  await member.goto(linkIn(reminder, /^\/fr\/agenda\/desistement\//));
  await member.getByRole("button", { name: "Libérer ma place" }).click();
  await expect(member.getByRole("status")).toHaveText(/^C'est fait : votre place est libérée/);
});
