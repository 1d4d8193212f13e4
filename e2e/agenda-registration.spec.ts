import { expect, test, type Browser, type Page } from "@playwright/test";
import { confirmAddress, demo, enterCode, signIn, uniqueEmail } from "./support/accounts";

// A Paris wall-clock time ten days ahead, as a datetime-local input takes it.
function inTenDays(time: string): string {
  return `${new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

test("a member registers, a second is waitlisted, the first cancels and the second moves up, told by mail", async ({ browser }) => {
  test.slow();
  const tag = Date.now().toString(36);

  // An editor publishes a concert with a single place.
  const editor = await signedInPage(browser, demo.editor);
  await editor.goto("/fr/admin/agenda/nouveau");
  await editor.getByLabel("Catégorie").selectOption("concert");
  await editor.getByLabel("État").selectOption("published");
  await editor.getByLabel("Nombre de places").fill("1");
  await editor.getByLabel("Début").fill(inTenDays("19:00"));
  await editor.getByLabel("Fin").fill(inTenDays("21:00"));
  const fr = editor.getByRole("group", { name: "Français" });
  await fr.getByLabel("Titre").fill(`Récital de tar ${tag}`);
  await fr.getByLabel("Résumé").fill("Un récital, une seule place.");
  await fr.getByLabel("Lieu").fill("Petit salon");
  const az = editor.getByRole("group", { name: "Azerbaïdjanais" });
  await az.getByLabel("Titre").fill(`Tar gecəsi ${tag}`);
  await az.getByLabel("Résumé").fill("Bir ifa, bir yer.");
  await az.getByLabel("Lieu").fill("Kiçik salon");
  await editor.getByRole("button", { name: "Enregistrer" }).click();
  await expect(editor.getByText("L'événement a été créé.")).toBeVisible();
  const frPath = await editor.getByRole("link", { name: "Voir la page publique" }).getAttribute("href");
  expect(frPath).toMatch(new RegExp(`^/fr/agenda/recital-de-tar-${tag}$`));

  // The first member takes the place in one click.
  const first = await signedInPage(browser, demo.member);
  await first.goto(frPath!);
  await expect(first.getByText("Places restantes : 1 sur 1.")).toBeVisible();
  await first.getByRole("button", { name: "S'inscrire" }).click();
  await expect(first.getByText("Votre inscription est confirmée.")).toBeVisible();
  await expect(first.getByText("Annuler mon inscription…")).toBeVisible();

  // A second member, reading in Azerbaijani, joins the waiting list.
  const second = await (await browser.newContext()).newPage();
  const secondEmail = uniqueEmail("waiting");
  await second.goto("/az/qeydiyyat");
  await second.getByLabel("Görünən ad").fill("Səbinə Gözləyən");
  await second.getByLabel("E-poçt ünvanı").fill(secondEmail);
  await second.getByLabel("Şifrə").fill("gözləmə siyahısı");
  await second.getByRole("button", { name: "Hesabımı yaradın" }).click();
  await expect(second.getByText("Poçt qutunuzu yoxlayın")).toBeVisible();
  // Signed in before confirming the address: the event says why there is no button yet.
  await signIn(second, { email: secondEmail, password: "gözləmə siyahısı" });
  await second.goto(`/az/tedbirler/tar-gecesi-${tag}`);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Tar gecəsi ${tag}`);
  await expect(second.getByRole("note").filter({ hasText: `${secondEmail} e-poçt ünvanınızı təsdiqləyin` })).toBeVisible();
  await expect(second.getByRole("button", { name: "Gözləmə siyahısına yazılın" })).toHaveCount(0);
  await confirmAddress(second, secondEmail);
  await second.goto(`/az/tedbirler/tar-gecesi-${tag}`);
  await second.getByRole("button", { name: "Gözləmə siyahısına yazılın" }).click();
  await expect(second.getByText("Gözləmə siyahısındakı yeriniz: 1.")).toBeVisible();

  // The first cancels: the first click only asks (the place is still theirs), the confirmation acts.
  await first.getByText("Annuler mon inscription…").click();
  await expect(first.getByText("Votre place sera donnée à la première personne de la liste d'attente.", { exact: false })).toBeVisible();
  await second.reload();
  await expect(second.getByText("Gözləmə siyahısındakı yeriniz: 1.")).toBeVisible();
  await first.reload();
  await expect(first.getByText("Votre inscription est confirmée.")).toBeVisible();
  await first.getByText("Annuler mon inscription…").click();
  await first.getByRole("button", { name: "Oui, annuler mon inscription" }).click();
  // The place goes to the second, and the event is full again.
  await expect(first.getByText(/^Complet\./)).toBeVisible();
  await expect(first.getByRole("button", { name: "Rejoindre la liste d'attente" })).toBeVisible();

  await second.reload();
  await expect(second.getByText("Qeydiyyatınız təsdiqlənib.")).toBeVisible();
  await second.goto("/az/hesab");
  const mine = second.getByRole("region", { name: "Qeydiyyatlarım" });
  await expect(mine.getByRole("link", { name: `Tar gecəsi ${tag}` })).toBeVisible();
  await expect(mine.getByText("Qeydiyyat təsdiqlənib")).toBeVisible();

  // An outbox mail exists for them, in their language: an admin reads it under Admin → Mail.
  const admin = await signedInPage(browser, demo.admin);
  await admin.goto("/fr/admin/courrier");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Courrier sortant");
  const mail = admin.getByRole("article").filter({ hasText: secondEmail }).filter({ hasText: `Sizə yer ayrıldı: Tar gecəsi ${tag}` });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByRole("heading")).toHaveText(`Sizə yer ayrıldı: Tar gecəsi ${tag}`);
  await mail.getByText("Lire le message").click();
  await expect(mail.getByText(/Salam, Səbinə Gözləyən!/)).toBeVisible();
  await expect(mail.getByText(new RegExp(`/az/tedbirler/tar-gecesi-${tag}`))).toBeVisible();

  // The editor sees who moved up and that the mail went out.
  await editor.getByRole("link", { name: "Inscriptions et liste d'attente" }).click();
  const registered = editor.getByRole("table").first();
  await expect(registered.getByRole("row", { name: new RegExp(secondEmail) })).toContainText("prévenu par e-mail");
  await expect(editor.getByRole("heading", { name: "Liste d'attente" })).toBeVisible();
  await expect(editor.getByText("Personne pour l'instant.")).toBeVisible();
});

test("a visitor is asked to sign in and comes back to the event to register", async ({ page }) => {
  await page.goto("/fr/agenda/reunion-de-la-communaute-preparer-le-centenaire");
  await page.getByRole("link", { name: "Connectez-vous pour vous inscrire" }).click();
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=/);
  await page.getByLabel("Adresse e-mail").fill(demo.admin.email);
  await page.getByLabel("Mot de passe").fill(demo.admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // The demo admin has a second factor: the return address holds through the code step.
  await enterCode(page, demo.admin.totpSecret!);
  await expect(page).toHaveURL(/\/fr\/agenda\/reunion-de-la-communaute-preparer-le-centenaire$/);
  await page.getByRole("button", { name: "S'inscrire" }).click();
  await expect(page.getByText("Votre inscription est confirmée.")).toBeVisible();
});

test("the editor's mistakes come back as field errors in their language, with what they typed", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/az/admin/agenda/nouveau");
  await page.getByLabel("Başlanğıc").fill(inTenDays("19:00"));
  await page.getByLabel("Son", { exact: true }).fill(inTenDays("18:00"));
  await page.getByLabel("Yerlərin sayı").fill("12");
  await page.getByRole("button", { name: "Yadda saxlayın" }).click();
  await expect(page.getByText("Formada səhvlər var. Qeyd olunan sahələri düzəldin.")).toBeVisible();
  await expect(page.getByText("Bitmə vaxtı başlanğıcdan sonra olmalıdır.")).toBeVisible();
  await expect(page.getByText("Ən azı bir dildə başlıq yazın.")).toHaveCount(2);
  await expect(page.getByLabel("Yerlərin sayı")).toHaveValue("12");
});
