import { expect, test, type Browser, type Page } from "@playwright/test";
import { builtActions, FORM, replayAction } from "./support/actions";
import { sql } from "./support/database";
import { clientAs, freshMember } from "./support/sessions";

/*
 * Hostile text stored through every form that publishes something (a member's
 * name, an idea, a comment and a moderator's reason, a retained idea's step, an article's Markdown, an
 * event) and typed into searches,
 * then every public and admin page that shows it, in a browser: no dialog
 * ever opens, and the text that names a tag is shown as text.
 */
const tag = Date.now().toString(36);
const payloads = {
  name: `<img src=x onerror=alert('name')>${tag}`,
  ideaTitle: `<script>alert('idea')</script> ${tag}`,
  ideaText: `<img src=x onerror=alert('idea-text')> "><svg onload=alert('svg')> javascript:alert(1) ${tag} et assez de texte.`,
  markdown: `Texte ${tag}\n\n<script>alert('md')</script>\n\n<img src=x onerror=alert('md-img')>\n\n[lien](javascript:alert('md-link'))\n\n<a href="javascript:alert('md-a')">a</a> <iframe src="javascript:alert('frame')"></iframe>`,
  title: `<svg onload=alert('title')> Article ${tag}`,
  azTitle: `<b onmouseover=alert('az')>Xəbər ${tag}`,
  search: `"><script>alert('search')</script>`,
};
const prev = { ok: false, fieldErrors: {}, values: {} };

async function watch(browser: Browser, storageState?: Awaited<ReturnType<Awaited<ReturnType<typeof clientAs>>["storageState"]>>) {
  const context = await browser.newContext({ storageState });
  const dialogs: string[] = [];
  const page = await context.newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { page, dialogs, close: () => context.close() };
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  // Give an injected handler (onerror of a broken image, onload) the time to run.
  await page.waitForLoadState("load");
}

test("hostile names, ideas, Markdown, events and searches run no script on any page", async ({ browser, baseURL }) => {
  // About a minute on a quiet machine; a loaded CI runner takes three.
  test.setTimeout(360_000);
  const ids = builtActions();
  // A member of this test alone: the demo member's daily limit of ideas is the matrix's.
  const member = await freshMember(baseURL!);
  const editor = await clientAs(baseURL!, "editor");
  const admin = await clientAs(baseURL!, "admin");

  await replayAction(member, ids.get("actions/account.ts#updateProfileAction")!, { path: "/fr/compte", args: [prev, FORM], form: { locale: "fr", name: payloads.name, preferredLocale: "fr" } });
  await replayAction(member, ids.get("actions/ideas.ts#submitIdeaAction")!, {
    path: "/fr/centenaire/proposer",
    args: [prev, FORM],
    form: { locale: "fr", title: payloads.ideaTitle, description: payloads.ideaText, category: "concert", language: "fr", visibility: "named" },
  });
  const [idea] = await sql`select id, version from ideas where title like ${`%${tag}`}`;
  expect(idea, "the hostile idea was stored").toBeTruthy();
  await replayAction(editor, ids.get("actions/idea-moderation.ts#moderateIdeaAction")!, {
    path: "/fr/admin/idees",
    args: [prev, FORM],
    form: { locale: "fr", origin: "queue", id: String(idea.id), version: String(idea.version), decision: "approve", reason: "", answer: "" },
  });
  // Two hostile comments on the idea: one stays public, the other an editor hides with a hostile reason (the moderation page shows both texts).
  for (const body of [`${payloads.markdown}\n\n*${tag}* public`, `${payloads.ideaText} **caché**`]) {
    await replayAction(member, ids.get("actions/idea-comments.ts#postCommentAction")!, { path: `/fr/centenaire/${idea.id}`, args: [prev, FORM], form: { locale: "fr", ideaId: String(idea.id), body, language: "fr" } });
  }
  const comments = await sql`select id from idea_comments where idea_id = ${idea.id} order by id`;
  expect(comments, "the hostile comments were stored").toHaveLength(2);
  await replayAction(editor, ids.get("actions/idea-comments.ts#hideCommentAction")!, {
    path: "/fr/admin/commentaires",
    args: [prev, FORM],
    form: { locale: "fr", commentId: String(comments[1].id), reason: payloads.ideaTitle },
  });
  // Retained for the action plan, then given an abandoned step whose texts and reason are hostile (the idea page, the plan and the milestone editor show them).
  const [approved] = await sql`select version from ideas where id = ${idea.id}`;
  await replayAction(editor, ids.get("actions/idea-moderation.ts#moderateIdeaAction")!, {
    path: "/fr/admin/idees",
    args: [prev, FORM],
    form: { locale: "fr", origin: "idea", id: String(idea.id), version: String(approved.version), decision: "retain", reason: "", answer: payloads.ideaText, organisation: "embassy" },
  });
  await replayAction(editor, ids.get("actions/idea-milestones.ts#saveMilestoneAction")!, {
    path: `/fr/admin/idees/${idea.id}/jalons`,
    args: [prev, FORM],
    form: { locale: "fr", ideaId: String(idea.id), date: "2018-05-28", status: "abandoned", text_fr: `${payloads.ideaTitle} étape`, text_az: payloads.ideaText, reason_fr: payloads.name, photo: "" },
  });
  expect(await sql`select 1 from idea_milestones where idea_id = ${idea.id}`, "the hostile step was stored").toHaveLength(1);
  await replayAction(editor, ids.get("actions/news.ts#saveArticleAction")!, {
    path: "/fr/admin/actualites/nouveau",
    args: [prev, FORM],
    form: {
      locale: "fr", organisation: "ulduz", status: "published", publishedAt: "", cover: "",
      title_fr: payloads.title, slug_fr: `xss-${tag}`, summary_fr: payloads.name, body_fr: payloads.markdown,
      title_az: payloads.azTitle, slug_az: `xss-az-${tag}`, summary_az: payloads.name, body_az: payloads.markdown,
    },
  });
  // Its French text changes with more hostile text: the Azerbaijani version is out of date, and its editor shows the diff.
  const [saved] = await sql`select a.id, a.revision from articles a join article_translations t on t.article_id = a.id where t.slug = ${`xss-${tag}`}`;
  await replayAction(editor, ids.get("actions/news.ts#saveArticleAction")!, {
    path: `/fr/admin/actualites/${saved.id}`,
    args: [prev, FORM],
    form: {
      locale: "fr", id: saved.id, revision: String(saved.revision), organisation: "ulduz", status: "published", publishedAt: "", cover: "",
      title_fr: payloads.title, slug_fr: `xss-${tag}`, summary_fr: payloads.name, body_fr: `${payloads.markdown}\n\n${payloads.ideaText}`,
      title_az: payloads.azTitle, slug_az: `xss-az-${tag}`, summary_az: payloads.name, body_az: payloads.markdown,
    },
  });
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
  await replayAction(editor, ids.get("actions/agenda-admin.ts#saveEventAction")!, {
    path: "/fr/admin/agenda/nouveau",
    args: [prev, FORM],
    form: {
      locale: "fr",
      organiser_cultural_centre: "on",
      category: "concert", status: "published", startsAt: future(20), endsAt: future(21), capacity: "5", registrationClosesAt: "", cover: "",
      title_fr: payloads.title, slug_fr: `xss-${tag}`, summary_fr: payloads.name, place_fr: payloads.ideaTitle, body_fr: payloads.markdown,
    },
  });
  const [article] = await sql`select article_id as id from article_translations where slug = ${`xss-${tag}`}`;
  const [event] = await sql`select event_id as id from event_translations where slug = ${`xss-${tag}`}`;
  expect(article, "the hostile article was stored").toBeTruthy();
  expect(event, "the hostile event was stored").toBeTruthy();
  // The member registers, so that the name shows in the event's registrations.
  await replayAction(member, ids.get("actions/agenda-registration.ts#registerForEventAction")!, { path: `/fr/agenda/xss-${tag}`, args: [prev, FORM], form: { locale: "fr", eventId: event.id } });

  const search = encodeURIComponent(payloads.search);
  const publicPages = ["/fr", "/az", "/fr/actualites", `/fr/actualites?q=${search}`, `/fr/actualites/xss-${tag}`, `/fr/actualites/xss-${tag}?view=both`, `/az/xeberler/xss-az-${tag}`, "/fr/agenda", `/fr/agenda/xss-${tag}`, "/fr/centenaire", `/fr/centenaire?q=${search}`, `/fr/recherche?q=${search}`, `/az/axtaris?q=${search}&kind=news`, `/fr/centenaire/${idea.id}`, "/fr/centenaire/programme", "/az/yuzillik/proqram", `/fr/connexion?callbackUrl=${search}`];
  const adminPages = ["/fr/admin", "/fr/admin/idees", `/fr/admin/idees/${idea.id}/jalons`, "/fr/admin/commentaires", "/fr/admin/utilisateurs", `/fr/admin/utilisateurs?q=${search}`, "/fr/admin/journal", "/fr/admin/courrier", "/fr/admin/actualites", "/fr/admin/traductions?org=all", `/fr/admin/actualites/${article.id}`, "/fr/admin/agenda", `/fr/admin/agenda/${event.id}`, `/fr/admin/agenda/${event.id}/inscriptions`, "/fr/compte"];

  const visitor = await watch(browser);
  for (const path of publicPages) await visit(visitor.page, path);
  await visit(visitor.page, `/fr/centenaire/${idea.id}`);
  // Next streams its own scripts, with the nonce, and JSON-LD is data (escaped); no other script may be in the page.
  // Shown, as text: the idea's title and its author's name.
  await expect(visitor.page.getByRole("heading", { name: payloads.ideaTitle })).toBeVisible();
  await expect(visitor.page.getByText(payloads.name).first()).toBeVisible();
  // The public comment is there, its emphasis rendered and its hostile markup gone or shown as text.
  await expect(visitor.page.locator("#discussion em", { hasText: tag })).toBeVisible();
  // The hostile step, its text and its reason, as text.
  const progress = visitor.page.locator("section[aria-labelledby='idea-progress']");
  await expect(progress.getByText(`${payloads.ideaTitle} étape`)).toBeVisible();
  await expect(progress.getByText(payloads.name)).toBeVisible();
  await visit(visitor.page, `/fr/actualites/xss-${tag}`);
  await expect(visitor.page.getByRole("heading", { name: payloads.title })).toBeVisible();
  const injected = visitor.page.locator("main script:not([nonce]):not([type='application/ld+json']), main iframe, main [onerror], main [onload], main a[href^='javascript:']");
  expect(await injected.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)))).toEqual([]);

  // The one search finds the hostile article, event and idea by the tag, and marks the tag in their titles, as text.
  await visit(visitor.page, `/fr/recherche?q=${tag}`);
  await expect(visitor.page.getByRole("heading", { name: payloads.title })).toHaveCount(2);
  await expect(visitor.page.getByRole("heading", { name: payloads.ideaTitle })).toBeVisible();
  await expect(visitor.page.locator("main mark", { hasText: tag }).first()).toBeVisible();
  expect(await injected.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)))).toEqual([]);

  // Side by side, each language's blocks rendered and sanitized alone: the hostile Markdown shows as text or goes.
  await visit(visitor.page, `/fr/actualites/xss-${tag}?view=both`);
  await expect(visitor.page.locator('main div[lang="az"]', { hasText: payloads.azTitle })).toBeVisible();
  await expect(visitor.page.locator('main div[lang="fr"]', { hasText: `Texte ${tag}` })).toBeVisible();
  expect(await injected.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)))).toEqual([]);

  const signedIn = await watch(browser, await admin.storageState());
  for (const path of adminPages) await visit(signedIn.page, path);
  // The diff of the French text since the Azerbaijani one was written: the hostile text added, shown as text.
  await visit(signedIn.page, `/fr/admin/actualites/${article.id}`);
  await expect(signedIn.page.locator("main ins", { hasText: "<img src=x onerror=alert('idea-text')>" })).toBeVisible();
  const injectedAdmin = signedIn.page.locator("main script:not([nonce]), main iframe, main img[src='x'], main [onerror], main [onload], main a[href^='javascript:']");
  expect(await injectedAdmin.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)))).toEqual([]);
  await visit(signedIn.page, "/fr/admin/utilisateurs");
  await expect(signedIn.page.getByText(payloads.name).first()).toBeVisible();

  expect([...visitor.dialogs, ...signedIn.dialogs]).toEqual([]);
  for (const client of [member, editor, admin]) await client.dispose();
  await visitor.close();
  await signedIn.close();
});
