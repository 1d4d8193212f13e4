import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { articles, articleTranslations, events, eventTranslations, type Role } from "@/db/schema";
import { createEvent, updateEvent } from "@/server/agenda/mutations";
import { registerForEvent } from "@/server/agenda/registrations";
import { createArticle, updateArticle } from "@/server/news/mutations";
import type { CurrentUser } from "@/server/users";
import { eventInput } from "../support/agenda";
import { describeOnDatabases } from "../support/databases";
import { articleInput } from "../support/news";
import { createPeople, createUser } from "../support/users";

/*
 * Two editors open the same article (or event), both change it, both save.
 * The later save used to undo the earlier one silently; now the form's
 * revision must still be the row's, checked and bumped in one statement.
 */
describeOnDatabases("edits made on a stale form", (database) => {
  let people: Record<Role, CurrentUser>;
  beforeAll(async () => {
    people = await createPeople(database());
  });
  const frTitle = async (id: string) => (await database().db.select({ title: articleTranslations.title }).from(articleTranslations).where(eq(articleTranslations.articleId, id)))[0]?.title;
  const eventTitle = async (id: string) => (await database().db.select({ title: eventTranslations.title }).from(eventTranslations).where(eq(eventTranslations.eventId, id)))[0]?.title;
  const article = (title: string) => articleInput({ fr: { title, slug: "revisions" } });

  it("refuses an article saved from the revision someone else already saved over, and keeps their text", async () => {
    const created = await createArticle(people.editor, article("Premier"));
    if (!created.ok) throw new Error(created.reason);
    expect(created.revision).toBe(0);
    expect(await updateArticle(people.editor, created.id, 0, article("Version de Leyla"))).toMatchObject({ ok: true, revision: 1 });
    expect(await updateArticle(people.admin, created.id, 0, article("Version de Rəşad"))).toEqual({ ok: false, reason: "stale" });
    expect(await frTitle(created.id)).toBe("Version de Leyla");
    // A form without its revision is refused the same way; an unknown article is still "not found".
    expect(await updateArticle(people.admin, created.id, null, article("Sans révision"))).toEqual({ ok: false, reason: "stale" });
    expect(await updateArticle(people.admin, "5e1d0a10-3c2b-4f00-9a01-000000000006", 0, articleInput({ fr: { title: "Absent" } }))).toEqual({ ok: false, reason: "notFound" });
    // From the revision it now is, the save goes through.
    expect(await updateArticle(people.admin, created.id, 1, article("Version de Rəşad"))).toMatchObject({ ok: true, revision: 2 });
    expect(await frTitle(created.id)).toBe("Version de Rəşad");
  });

  it("lets exactly one of two parallel article saves from the same revision win", async () => {
    const created = await createArticle(people.editor, articleInput({ fr: { title: "Course", slug: "course" } }));
    if (!created.ok) throw new Error(created.reason);
    const titles = Array.from({ length: 6 }, (_, i) => `Course ${i}`);
    const results = await Promise.all(titles.map((title) => updateArticle(people.editor, created.id, created.revision, articleInput({ fr: { title, slug: "course" } }))));
    const winners = results.flatMap((result, i) => (result.ok ? [titles[i]] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, reason: "stale" }));
    expect(await frTitle(created.id)).toBe(winners[0]);
    expect((await database().db.select({ revision: articles.revision }).from(articles).where(eq(articles.id, created.id)))[0].revision).toBe(1);
  });

  it("refuses an event saved from a stale revision; a save refused for another reason leaves the revision as it was", async () => {
    const input = eventInput({ capacity: 2 });
    const created = await createEvent(people.editor, input);
    if (!created.ok) throw new Error(created.reason);
    const renamed = (title: string) => ({ ...input, versions: { ...input.versions, fr: { ...input.versions.fr!, title } } });
    expect(await updateEvent(people.editor, created.id, created.revision, renamed("Concert de Leyla"))).toMatchObject({ ok: true, revision: created.revision + 1 });
    expect(await updateEvent(people.admin, created.id, created.revision, renamed("Concert de Rəşad"))).toEqual({ ok: false, reason: "stale" });
    expect(await updateEvent(people.admin, created.id, null, renamed("Sans révision"))).toEqual({ ok: false, reason: "stale" });
    expect(await eventTitle(created.id)).toBe("Concert de Leyla");

    for (const person of await Promise.all([1, 2].map(() => createUser(database())))) await registerForEvent(person, created.id);
    const current = created.revision + 1;
    expect(await updateEvent(people.admin, created.id, current, { ...renamed("Trop petit"), capacity: 1 })).toEqual({ ok: false, reason: "capacityBelowRegistered", registered: 2 });
    const [row] = await database().db.select({ revision: events.revision, capacity: events.capacity }).from(events).where(eq(events.id, created.id));
    expect(row).toEqual({ revision: current, capacity: 2 });
    expect(await updateEvent(people.admin, created.id, current, renamed("Concert de Rəşad"))).toMatchObject({ ok: true, revision: current + 1 });
  });

  it("lets exactly one of two parallel event saves from the same revision win", async () => {
    const input = eventInput();
    const created = await createEvent(people.editor, input);
    if (!created.ok) throw new Error(created.reason);
    const titles = Array.from({ length: 6 }, (_, i) => `Concert parallèle ${i}`);
    const results = await Promise.all(
      titles.map((title) => updateEvent(people.editor, created.id, created.revision, { ...input, versions: { ...input.versions, fr: { ...input.versions.fr!, title } } })),
    );
    const winners = results.flatMap((result, i) => (result.ok ? [titles[i]] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, reason: "stale" }));
    expect(await eventTitle(created.id)).toBe(winners[0]);
  });
});
