import { expect, test } from "@playwright/test";
import { demo, newMember, signIn, signUp } from "./support/accounts";

test("an admin bans a member, who is signed out at once and refused at sign-in; the audit log records it", async ({ page, browser }) => {
  const member = newMember("banned");
  await signUp(page, member);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.goto("/fr/admin");
  await admin.getByRole("link", { name: "Utilisateurs", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");
  await admin.getByLabel("Rechercher par nom ou adresse e-mail").fill(member.email.toUpperCase());
  await admin.getByRole("main").getByRole("button", { name: "Rechercher" }).click();
  await expect(admin.getByText("1 compte")).toBeVisible();
  const row = admin.getByRole("row").filter({ hasText: member.email });
  // A second step asks for the reason: the first click suspends nobody.
  await row.getByLabel(`Suspendre ${member.name}`).click();
  await expect(row.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();
  const confirm = row.getByRole("button", { name: `Confirmer la suspension de ${member.name}` });
  await confirm.click();
  await expect(row.getByLabel("Motif de la suspension")).toBeFocused();
  await row.getByLabel("Motif de la suspension").fill("Messages insultants répétés");
  await confirm.click();
  await expect(row.getByText("Compte suspendu.")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Suspendu", exact: true })).toBeVisible();

  await page.goto("/fr/compte");
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=/);
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Ce compte est suspendu. Motif : « Messages insultants répétés ».")).toBeVisible();

  await admin.goto("/fr/admin/journal");
  await admin.getByLabel("Type d'action").selectOption({ label: "Suspension d'un compte" });
  await admin.getByRole("button", { name: "Filtrer" }).click();
  await expect(admin).toHaveURL(/kind=user\.ban/);
  // A sentence, with the reason kept, and links to the people it names: no code, no JSON, no UUID.
  const entry = admin.getByRole("listitem").filter({ hasText: `Leyla Admin a suspendu le compte de ${member.name}.` });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText("Motif : « Messages insultants répétés »")).toBeVisible();
  await expect(entry.getByRole("link", { name: member.name })).toHaveAttribute("href", `/fr/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  await expect(entry.getByRole("link", { name: "Leyla Admin" })).toBeVisible();
  await expect(admin.getByRole("main")).not.toContainText(/user\.ban|[0-9a-f]{8}-[0-9a-f]{4}-|\{"/);
  await admin.goto("/az/admin/journal?kind=user.ban");
  await expect(admin.getByRole("listitem").filter({ hasText: `Leyla Admin ${member.name} hesabını dayandırdı.` })).toHaveCount(1);
  await adminContext.close();
});

test("an admin changes a member's role; an admin's own row offers no way to demote or ban themself", async ({ page, browser }) => {
  const member = newMember("promoted");
  await signUp(page, member);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.goto(`/fr/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  const row = admin.getByRole("row").filter({ hasText: member.email });
  await row.getByLabel(`Rôle de ${member.name}`).selectOption("editor");
  await row.getByRole("button", { name: "Changer le rôle" }).click();
  await expect(row.getByText("Rôle changé.")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Rédacteur", exact: true })).toBeVisible();
  // The menu shows the new role: pressing the button again changes nothing back.
  await expect(row.getByLabel(`Rôle de ${member.name}`)).toHaveValue("editor");

  // The role change ended the member's session: they sign in again and reach the admin home as an editor.
  await page.goto("/fr/admin");
  await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=/);

  await admin.goto(`/fr/admin/utilisateurs?q=${encodeURIComponent(demo.admin.email)}`);
  const own = admin.getByRole("row").filter({ hasText: demo.admin.email });
  await expect(own.getByText("Votre propre compte ne se gère pas ici.")).toBeVisible();
  await expect(own.getByRole("button")).toHaveCount(0);
  await adminContext.close();
});

test("an editor sees the admin home but cannot open users, audit log or outbox", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/fr/admin");
  await expect(page.getByRole("heading", { name: "Nouveaux membres cette semaine" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sections d'administration" });
  await expect(nav.getByRole("link", { name: "Tableau de bord" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
  for (const path of ["/fr/admin/utilisateurs", "/fr/admin/journal", "/fr/admin/courrier"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  }
});

test("a member gets no admin page at all", async ({ page }) => {
  await signIn(page, demo.member);
  for (const path of ["/az/admin/utilisateurs", "/az/admin/journal", "/az/admin/courrier"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Giriş qadağandır" })).toBeVisible();
  }
});
