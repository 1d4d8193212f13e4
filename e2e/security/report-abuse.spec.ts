import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { builtActions, FORM, replayAction } from "./support/actions";
import { changedTables, settledSnapshot, sql } from "./support/database";
import { signIn } from "./support/sessions";

const prev = { ok: false, fieldErrors: {}, values: {} };
const PASSWORD = "throwaway account password";

/** A member straight in the database, signed in through Auth.js as a script would: fresh from sign-up, or confirmed two days ago. */
async function memberClient(baseURL: string, kind: "fresh" | "confirmed"): Promise<{ client: APIRequestContext; id: string }> {
  const { hashPassword } = await import("../../lib/password");
  const email = `${kind}-reporter-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  const hash = await hashPassword(PASSWORD);
  const [row] =
    kind === "fresh"
      ? await sql`insert into users (name, email, role, preferred_locale, password_hash) values ('Compte jetable', ${email}, 'member', 'fr', ${hash}) returning id`
      : await sql`insert into users (name, email, role, preferred_locale, password_hash, created_at, email_verified_at)
          values ('Membre confirmé', ${email}, 'member', 'fr', ${hash}, now() - interval '2 days', now() - interval '2 days') returning id`;
  return { client: await signIn(await request.newContext({ baseURL }), { email, password: PASSWORD }), id: row.id };
}

const publicIdeaIds = async () =>
  (await sql<{ id: number }[]>`select id from ideas where status in ('published', 'retained') and hidden_at is null order by id`).map((row) => row.id);

/** The ideas the public gallery links to (its first page, as a visitor gets it). */
async function galleryIds(client: APIRequestContext): Promise<string[]> {
  const html = await (await client.get("/fr/centenaire?sort=newest")).text();
  return [...new Set([...html.matchAll(/href="\/fr\/centenaire\/(\d+)"/g)].map((match) => match[1]))].sort();
}

const report = (client: APIRequestContext, actionId: string, ideaId: number) =>
  replayAction(client, actionId, { path: `/fr/centenaire/${ideaId}`, args: [prev, FORM], form: { locale: "fr", id: String(ideaId), reason: "spam" } });

test.describe("reports cannot be weaponised", () => {
  test.describe.configure({ mode: "serial" });

  test("three throwaway accounts replaying the report action on every public idea at once change nothing", async ({ baseURL }) => {
    const actionId = builtActions().get("actions/idea-reactions.ts#reportIdeaAction")!;
    const visitor = await request.newContext({ baseURL });
    const ideas = await publicIdeaIds();
    expect(ideas.length).toBeGreaterThanOrEqual(3);
    const gallery = await galleryIds(visitor);
    expect(gallery.length).toBeGreaterThan(0);
    const attackers = await Promise.all([0, 1, 2].map(() => memberClient(baseURL!, "fresh")));

    const before = await settledSnapshot();
    const answers = await Promise.all(attackers.flatMap(({ client }) => ideas.map((id) => report(client, actionId, id))));
    for (const answer of answers) {
      expect(answer.status()).toBe(200);
      expect(await answer.text()).toContain("Confirmez d'abord votre adresse e-mail");
    }
    expect(changedTables(before, await settledSnapshot())).toEqual([]);
    expect(await publicIdeaIds()).toEqual(ideas);
    expect(await galleryIds(visitor)).toEqual(gallery);
    for (const { client } of attackers) await client.dispose();
    await visitor.dispose();
  });

  test("the same replay by a confirmed, day-old member is recorded: the payload was valid", async ({ baseURL }) => {
    const actionId = builtActions().get("actions/idea-reactions.ts#reportIdeaAction")!;
    const [ideaId] = await publicIdeaIds();
    const { client, id } = await memberClient(baseURL!, "confirmed");
    const answer = await report(client, actionId, ideaId);
    expect(await answer.text()).toContain("Merci. Votre signalement a été transmis aux modérateurs.");
    expect(await sql`select 1 from idea_reports where reporter_id = ${id} and idea_id = ${ideaId}`).toHaveLength(1);
    await client.dispose();
  });

  test("20 parallel reports from one member record at most 5", async ({ baseURL }) => {
    const actionId = builtActions().get("actions/idea-reactions.ts#reportIdeaAction")!;
    const [author] = await sql`select id from users where email = 'member@example.org'`;
    const targets = await sql<{ id: number }[]>`insert into ideas (author_id, title, description, category, language, status, published_at)
      select ${author.id}, 'Idée de la rafale ' || n, 'Une description assez longue pour être une idée.', 'concert', 'fr', 'published', now() - interval '1 day'
      from generate_series(1, 20) n returning id`;
    const { client, id } = await memberClient(baseURL!, "confirmed");
    const answers = await Promise.all(targets.map((target) => report(client, actionId, target.id)));
    const texts = await Promise.all(answers.map((answer) => answer.text()));
    expect(texts.filter((text) => text.includes("Merci. Votre signalement")).length).toBeLessThanOrEqual(5);
    expect(texts.filter((text) => text.includes("Vous avez signalé 5 idées ces dernières 24 heures")).length).toBeGreaterThanOrEqual(15);
    const [{ n }] = await sql`select count(*)::int as n from idea_reports where reporter_id = ${id}`;
    expect(n).toBeLessThanOrEqual(5);
    await client.dispose();
    // The other specs crawl the gallery: it goes back to the demo's ideas (their reports go with them).
    await sql`delete from ideas where id in ${sql(targets.map((target) => target.id))}`;
  });
});

test("three day-old members' reports hide an idea: its cached page and the gallery drop it at the next request", async ({ baseURL }) => {
  const actionId = builtActions().get("actions/idea-reactions.ts#reportIdeaAction")!;
  const title = `Une idée signalée ${Date.now().toString(36)}`;
  // The newest public idea, so that the gallery sorted by date shows it on its first page.
  const [{ id: ideaId }] = await sql`insert into ideas (title, description, category, language, status, published_at)
    values (${title}, 'Une description publiée pour être signalée trois fois.', 'other', 'fr', 'published', now()) returning id`;
  const visitor = await request.newContext({ baseURL });
  const page = `/fr/centenaire/${ideaId}`;
  // Read once each, so that the change must replace what the cache holds.
  await expect.poll(async () => (await visitor.get(page)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await (await visitor.get("/fr/centenaire?sort=newest")).text()).toContain(title);

  const reporters = await Promise.all([0, 1, 2].map(() => memberClient(baseURL!, "confirmed")));
  for (const { client } of reporters) expect(await (await report(client, actionId, ideaId)).text()).toContain("Merci. Votre signalement a été transmis aux modérateurs.");
  expect((await visitor.get(page)).status()).toBe(404);
  expect(await (await visitor.get("/fr/centenaire?sort=newest")).text()).not.toContain(title);
  for (const { client } of reporters) await client.dispose();
  await visitor.dispose();
});
