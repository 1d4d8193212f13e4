import { and, count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { ideaSupports, ideas } from "@/db/schema";
import { getIdeaForViewer, listPublicIdeas } from "@/server/ideas/public";
import { REPORTS_TO_HIDE, reportIdea } from "@/server/ideas/report";
import { toggleSupport } from "@/server/ideas/support";
import { describeOnDatabases } from "../support/databases";
import { createIdea } from "../support/ideas";
import { createReporter } from "../support/reporters";
import { createUser } from "../support/users";

describeOnDatabases("supports and reports", (database) => {
  const supportRows = async (ideaId: number) =>
    (await database().db.select({ n: count() }).from(ideaSupports).where(eq(ideaSupports.ideaId, ideaId)))[0].n;

  it("a second click takes the support back; the count follows", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    expect(await toggleSupport(member, idea.id)).toEqual({ ok: true, supported: true, supportCount: 1 });
    expect(await toggleSupport(member, idea.id)).toEqual({ ok: true, supported: false, supportCount: 0 });
    expect(await supportRows(idea.id)).toBe(0);
  });

  it("refuses visitors, the author, and ideas that are not public", async () => {
    const author = await createUser(database());
    const member = await createUser(database());
    const published = await createIdea(database(), author.id, { status: "published" });
    const pending = await createIdea(database(), author.id);
    expect(await toggleSupport(null, published.id)).toEqual({ ok: false, reason: "signedOut" });
    expect(await toggleSupport(author, published.id)).toEqual({ ok: false, reason: "ownIdea" });
    expect(await toggleSupport(member, pending.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await toggleSupport(member, 2_000_000_000)).toEqual({ ok: false, reason: "notFound" });
  });

  it("keeps the counter equal to the rows when many members click at once", async () => {
    const author = await createUser(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const members = await Promise.all(Array.from({ length: 12 }, () => createUser(database())));
    const counter = async () => (await database().db.select({ n: ideas.supportCount }).from(ideas).where(eq(ideas.id, idea.id)))[0].n;

    await Promise.all(members.map((member) => toggleSupport(member, idea.id)));
    expect(await counter()).toBe(12);
    await Promise.all(members.slice(0, 5).map((member) => toggleSupport(member, idea.id)));
    expect(await counter()).toBe(7);
    expect(await supportRows(idea.id)).toBe(7);

    // Double clicks racing each other may end either way, but never skew the counter.
    await Promise.all(members.flatMap((member) => [toggleSupport(member, idea.id), toggleSupport(member, idea.id)]));
    expect(await counter()).toBe(await supportRows(idea.id));
  });

  it("sorts by supports and pages with a cursor, without repeating or skipping ideas", async () => {
    const author = await createUser(database());
    const created = [];
    for (let i = 0; i < 30; i++) created.push(await createIdea(database(), author.id, { status: "published", category: "sport", supportCount: i % 7 }));
    const seen: number[] = [];
    let after;
    do {
      const page = await listPublicIdeas({ sort: "supports", category: "sport", after });
      seen.push(...page.ideas.map((idea) => idea.id));
      for (let i = 1; i < page.ideas.length; i++) expect(page.ideas[i - 1].supportCount).toBeGreaterThanOrEqual(page.ideas[i].supportCount);
      after = page.next;
    } while (after);
    expect(new Set(seen).size).toBe(30);
    expect(seen.sort()).toEqual(created.map((idea) => idea.id).sort());
  });

  it(`${REPORTS_TO_HIDE} reports from different members hide a published idea; a member reports once`, async () => {
    const author = await createReporter(database());
    const idea = await createIdea(database(), author.id, { status: "published" });
    const reporters = await Promise.all(Array.from({ length: REPORTS_TO_HIDE }, () => createReporter(database())));

    expect(await reportIdea(author, idea.id, "spam")).toEqual({ ok: false, reason: "ownIdea" });
    expect(await reportIdea(reporters[0], idea.id, "spam")).toEqual({ ok: true, hidden: false });
    expect(await reportIdea(reporters[0], idea.id, "offensive")).toEqual({ ok: false, reason: "alreadyReported" });
    expect(await reportIdea(reporters[1], idea.id, "off_topic")).toEqual({ ok: true, hidden: false });
    expect(await getIdeaForViewer(null, idea.id)).toBeDefined();
    expect(await reportIdea(reporters[2], idea.id, "spam")).toEqual({ ok: true, hidden: true });

    expect(await getIdeaForViewer(null, idea.id)).toBeUndefined();
    expect(await getIdeaForViewer(author, idea.id)).toMatchObject({ status: "published" });
    expect((await listPublicIdeas({ sort: "newest" })).ideas.map((i) => i.id)).not.toContain(idea.id);
    expect(await toggleSupport(reporters[0], idea.id)).toEqual({ ok: false, reason: "notFound" });
    const [row] = await database().db.select().from(ideas).where(and(eq(ideas.id, idea.id)));
    expect(row).toMatchObject({ reportCount: 3, version: 2 });
  });
});
