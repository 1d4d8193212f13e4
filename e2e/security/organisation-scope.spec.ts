import { expect, request, test } from "@playwright/test";
import { demoAccounts } from "../../db/demo-accounts";
import { builtActions, FORM, replayAction } from "./support/actions";
import { sql } from "./support/database";
import { signIn } from "./support/sessions";

/*
 * An editor speaks only for their own organisations. The Ulduz editor replays,
 * as a script would, what the embassy's editor sends: saving, moving, deleting
 * the embassy's article; creating an article signed by the embassy; saving,
 * cancelling, deleting an embassy event; answering an idea in the embassy's name.
 * Nothing changes. The embassy's editor sending the same creation is the proof
 * that the payload was a valid one.
 */
const prev = { ok: false, fieldErrors: {}, values: {} };
const account = (email: string) => demoAccounts.find((a) => a.email === email)!;
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

test("an Ulduz editor replaying the embassy editor's actions changes nothing; the embassy's editor may", async ({ baseURL }) => {
  const ids = builtActions();
  const ulduz = await signIn(await request.newContext({ baseURL }), account("ulduz@example.org"));
  const embassy = await signIn(await request.newContext({ baseURL }), account("embassy@example.org"));
  const run = Date.now().toString(36);

  const [article] = await sql`select a.id, a.revision, t.title from articles a join article_translations t on t.article_id = a.id and t.locale = 'fr'
    where a.organisation = 'embassy' order by a.published_at desc limit 1`;
  const [event] = await sql`select e.id, e.revision, e.cancelled_at from events e
    where exists (select 1 from event_organisers o where o.event_id = e.id and o.organisation = 'embassy')
      and not exists (select 1 from event_organisers o where o.event_id = e.id and o.organisation <> 'embassy')
    order by e.starts_at desc limit 1`;
  const [author] = await sql`select id from users where email = 'member@example.org'`;
  const [idea] = await sql`insert into ideas (author_id, title, description, category, language, status)
    values (${author.id}, ${`Idée ${run}`}, 'Une idée assez longue pour être valable.', 'concert', 'fr', 'pending') returning id, version`;
  expect(article && event && idea, "seeded embassy article and event").toBeTruthy();

  const articleForm = (title: string, organisation: string) => ({ locale: "fr", organisation, status: "published", publishedAt: "", cover: "", title_fr: title, slug_fr: "", summary_fr: "Résumé.", body_fr: "Texte." });
  const eventForm = { locale: "fr", organiser_embassy: "on", category: "meeting", status: "published", startsAt: future(40), endsAt: future(41), capacity: "", registrationClosesAt: "", cover: "", title_fr: `Réunion ${run}`, slug_fr: "", summary_fr: "Résumé.", place_fr: "Paris", body_fr: "Texte." };
  const replays: [string, Record<string, string>, string][] = [
    ["actions/news.ts#saveArticleAction", { ...articleForm(`Réécrit ${run}`, "embassy"), id: article.id, revision: String(article.revision) }, `/fr/admin/actualites/${article.id}`],
    ["actions/news.ts#saveArticleAction", { ...articleForm(`Déplacé ${run}`, "ulduz"), id: article.id, revision: String(article.revision) }, `/fr/admin/actualites/${article.id}`],
    ["actions/news.ts#saveArticleAction", articleForm(`Faux communiqué ${run}`, "embassy"), "/fr/admin/actualites/nouveau"],
    ["actions/news.ts#deleteArticleAction", { locale: "fr", id: article.id }, `/fr/admin/actualites/${article.id}`],
    ["actions/agenda-admin.ts#saveEventAction", { ...eventForm, id: event.id, revision: String(event.revision) }, `/fr/admin/agenda/${event.id}`],
    ["actions/agenda-admin.ts#saveEventAction", { ...eventForm, organiser_embassy: "", organiser_ulduz: "on", id: event.id, revision: String(event.revision) }, `/fr/admin/agenda/${event.id}`],
    ["actions/agenda-admin.ts#saveEventAction", eventForm, "/fr/admin/agenda/nouveau"],
    ["actions/agenda-admin.ts#cancelEventAction", { locale: "fr", id: event.id, reason: "Annulé par un autre." }, `/fr/admin/agenda/${event.id}`],
    ["actions/agenda-admin.ts#deleteEventAction", { locale: "fr", id: event.id }, `/fr/admin/agenda/${event.id}`],
    ["actions/idea-moderation.ts#moderateIdeaAction", { locale: "fr", origin: "queue", id: String(idea.id), version: String(idea.version), decision: "retain", reason: "", answer: "Retenue par l'ambassade.", organisation: "embassy" }, "/fr/admin/idees"],
  ];
  for (const [action, form, path] of replays) {
    const plain = action.endsWith("deleteArticleAction") || action.endsWith("deleteEventAction") || action.endsWith("cancelEventAction");
    const response = await replayAction(ulduz, ids.get(action)!, { path, args: plain ? [FORM] : [prev, FORM], form });
    expect(response.status(), action).toBeLessThan(500);
  }

  const [articleAfter] = await sql`select a.revision, a.organisation, t.title from articles a join article_translations t on t.article_id = a.id and t.locale = 'fr' where a.id = ${article.id}`;
  expect(articleAfter).toEqual({ revision: article.revision, organisation: "embassy", title: article.title });
  expect(await sql`select 1 from article_translations where title in (${`Faux communiqué ${run}`}, ${`Réécrit ${run}`}, ${`Déplacé ${run}`})`).toHaveLength(0);
  const [eventAfter] = await sql`select revision, cancelled_at from events where id = ${event.id}`;
  expect(eventAfter).toEqual({ revision: event.revision, cancelled_at: event.cancelled_at });
  expect((await sql`select organisation from event_organisers where event_id = ${event.id}`).map((r) => r.organisation)).toEqual(["embassy"]);
  expect(await sql`select 1 from event_translations where title = ${`Réunion ${run}`}`).toHaveLength(0);
  const [ideaAfter] = await sql`select status, answered_by from ideas where id = ${idea.id}`;
  expect(ideaAfter).toEqual({ status: "pending", answered_by: null });

  // The same creation and answer, sent by the embassy's editor, go through.
  await replayAction(embassy, ids.get("actions/news.ts#saveArticleAction")!, { path: "/fr/admin/actualites/nouveau", args: [prev, FORM], form: articleForm(`Vrai communiqué ${run}`, "embassy") });
  expect(await sql`select 1 from article_translations where title = ${`Vrai communiqué ${run}`}`).toHaveLength(1);
  await replayAction(embassy, ids.get("actions/idea-moderation.ts#moderateIdeaAction")!, { path: "/fr/admin/idees", args: [prev, FORM], form: replays[9][1] });
  const [answered] = await sql`select status, answered_by from ideas where id = ${idea.id}`;
  expect(answered).toEqual({ status: "retained", answered_by: "embassy" });

  // The idea is now the embassy's: Ulduz's editor adding, rewriting or deleting a step of its progress changes nothing.
  const jalons = `/fr/admin/idees/${idea.id}/jalons`;
  const stepForm = (text: string) => ({ locale: "fr", ideaId: String(idea.id), date: "2018-05-28", status: "done", text_fr: text, photo: "" });
  await replayAction(embassy, ids.get("actions/idea-milestones.ts#saveMilestoneAction")!, { path: jalons, args: [prev, FORM], form: stepForm(`Étape de l'ambassade ${run}`) });
  const [step] = await sql`select id, text_fr, status from idea_milestones where idea_id = ${idea.id}`;
  expect(step, "the embassy's editor adds a step").toMatchObject({ text_fr: `Étape de l'ambassade ${run}`, status: "done" });
  for (const [action, form] of [
    ["actions/idea-milestones.ts#saveMilestoneAction", stepForm(`Étape d'Ulduz ${run}`)],
    ["actions/idea-milestones.ts#saveMilestoneAction", { ...stepForm(`Réécrite par Ulduz ${run}`), milestoneId: String(step.id) }],
    ["actions/idea-milestones.ts#deleteMilestoneAction", { locale: "fr", milestoneId: String(step.id) }],
  ] as const) {
    const response = await replayAction(ulduz, ids.get(action)!, { path: jalons, args: [prev, FORM], form });
    expect(response.status(), action).toBeLessThan(500);
  }
  expect(await sql`select id, text_fr, status from idea_milestones where idea_id = ${idea.id}`).toEqual([step]);
  await ulduz.dispose();
  await embassy.dispose();
});
