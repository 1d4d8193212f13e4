import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { ideas } from "@/db/schema";
import { getEditableIdea, listMyIdeas, MY_IDEAS_PAGE_SIZE, updatePendingIdea, withdrawIdea } from "@/server/ideas/author";
import { getIdeaForViewer, listPublicIdeas } from "@/server/ideas/public";
import { DAILY_IDEA_LIMIT, submitIdea } from "@/server/ideas/submit";
import { describeOnDatabases } from "../support/databases";
import { validIdea } from "../support/ideas";
import { createUser } from "../support/users";

describeOnDatabases("submitting ideas", (database) => {
  it("stores a new idea as pending: visible to its author and editors only, not in the public list", async () => {
    const author = await createUser(database());
    const other = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const result = await submitIdea(author, { ...validIdea, title: "Pending one" });
    if (!result.ok) throw new Error("not stored");
    expect(result.duplicate).toBe(false);

    expect(await getIdeaForViewer(author, result.id)).toMatchObject({ status: "pending", mine: true });
    expect(await getIdeaForViewer(editor, result.id)).toMatchObject({ status: "pending", realAuthorName: author.name });
    expect(await getIdeaForViewer(other, result.id)).toBeUndefined();
    expect(await getIdeaForViewer(null, result.id)).toBeUndefined();
    const { ideas: listed } = await listPublicIdeas({ sort: "newest" });
    expect(listed.map((idea) => idea.id)).not.toContain(result.id);
  });

  it("shows a member's ideas a page at a time, newest first, each once, even those sent in the same millisecond", async () => {
    const author = await createUser(database());
    const count = MY_IDEAS_PAGE_SIZE * 2 + 3;
    // Written directly: the daily limit keeps the form from sending this many. Pairs share a timestamp.
    const base = Date.UTC(2026, 0, 1);
    await database()
      .db.insert(ideas)
      .values(Array.from({ length: count }, (_, i) => ({ ...validIdea, title: `Idée numéro ${i}`, authorId: author.id, createdAt: new Date(base + Math.floor(i / 2) * 1000) })));
    const seen: string[] = [];
    let after: Awaited<ReturnType<typeof listMyIdeas>>["next"];
    for (let page = 0; page < 5; page++) {
      const result = await listMyIdeas(author, after);
      expect(result.ideas.length).toBeLessThanOrEqual(MY_IDEAS_PAGE_SIZE);
      seen.push(...result.ideas.map((idea) => idea.title));
      after = result.next;
      if (!after) break;
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen[0]).toBe(`Idée numéro ${count - 1}`);
  });

  it("a visitor cannot submit", async () => {
    expect(await submitIdea(null, validIdea)).toEqual({ ok: false, reason: "signedOut" });
  });

  it("stores the same idea submitted twice in a row once, even when both arrive together", async () => {
    const author = await createUser(database());
    const idea = { ...validIdea, title: "Double click" };
    const [a, b] = await Promise.all([submitIdea(author, idea), submitIdea(author, idea)]);
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    const again = await submitIdea(author, idea);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect((await listMyIdeas(author)).ideas).toHaveLength(1);
    // A different text is a different idea.
    expect(await submitIdea(author, { ...idea, description: `${idea.description} Avec une précision.` })).toMatchObject({ ok: true, duplicate: false });
  });

  it("allows 5 ideas per member in 24 hours, counted in the database, withdrawn ones included", async () => {
    const author = await createUser(database());
    const attempts = await Promise.all(
      Array.from({ length: DAILY_IDEA_LIMIT + 2 }, (_, i) => submitIdea(author, { ...validIdea, title: `Idée numéro ${i}` })),
    );
    expect(attempts.filter((r) => r.ok)).toHaveLength(DAILY_IDEA_LIMIT);
    expect(attempts.filter((r) => !r.ok && r.reason === "dailyLimit")).toHaveLength(2);

    const first = attempts.find((r) => r.ok);
    if (!first?.ok) throw new Error("none stored");
    expect(await withdrawIdea(author, first.id)).toEqual({ ok: true });
    expect(await submitIdea(author, { ...validIdea, title: "Après le retrait" })).toEqual({ ok: false, reason: "dailyLimit" });

    // A day later the quota is back.
    await database().db.update(ideas).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(ideas.authorId, author.id));
    expect(await submitIdea(author, { ...validIdea, title: "Le lendemain" })).toMatchObject({ ok: true });
  });

  it("lets the author edit and withdraw only their own pending idea", async () => {
    const author = await createUser(database());
    const other = await createUser(database());
    const created = await submitIdea(author, { ...validIdea, title: "To be edited" });
    if (!created.ok) throw new Error("not stored");

    expect(await updatePendingIdea(other, created.id, { ...validIdea, title: "Hijacked" })).toEqual({ ok: false, reason: "notEditable" });
    expect(await withdrawIdea(other, created.id)).toEqual({ ok: false, reason: "notEditable" });
    expect(await getEditableIdea(other, created.id)).toBeUndefined();

    expect(await updatePendingIdea(author, created.id, { ...validIdea, title: "Edited title", language: "az" })).toEqual({ ok: true });
    expect(await getEditableIdea(author, created.id)).toMatchObject({ title: "Edited title", language: "az", version: 2 });

    await database().db.update(ideas).set({ status: "published", publishedAt: new Date() }).where(eq(ideas.id, created.id));
    expect(await updatePendingIdea(author, created.id, validIdea)).toEqual({ ok: false, reason: "notEditable" });
    expect(await withdrawIdea(author, created.id)).toEqual({ ok: false, reason: "notEditable" });
  });

  it("shows a withdrawn idea to its author and the editors, and to nobody else", async () => {
    const author = await createUser(database());
    const other = await createUser(database());
    const editor = await createUser(database(), { role: "editor" });
    const created = await submitIdea(author, { ...validIdea, title: "Withdrawn, still the author's" });
    if (!created.ok) throw new Error("not stored");
    expect(await withdrawIdea(author, created.id)).toEqual({ ok: true });

    expect(await getIdeaForViewer(author, created.id)).toMatchObject({ status: "withdrawn", mine: true });
    expect(await getIdeaForViewer(editor, created.id)).toMatchObject({ status: "withdrawn" });
    expect(await getIdeaForViewer(other, created.id)).toBeUndefined();
    expect(await getIdeaForViewer(null, created.id)).toBeUndefined();
  });
});
