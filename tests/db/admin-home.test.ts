import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { eventRegistrations, users } from "@/db/schema";
import { getAdminHomeCounts } from "@/server/admin-home";
import { registerForEvent } from "@/server/agenda/registrations";
import { createArticle } from "@/server/news/mutations";
import { describeOnDatabases } from "../support/databases";
import { makeEvent } from "../support/agenda";
import { createIdea } from "../support/ideas";
import { articleInput, daysAgo } from "../support/news";
import { createPeople, createUser } from "../support/users";

describeOnDatabases("the admin home's counts", (database) => {
  it("are for editors and admins only", async () => {
    const { member, editor, admin } = await createPeople(database());
    expect(await getAdminHomeCounts(null)).toBeNull();
    expect(await getAdminHomeCounts(member)).toBeNull();
    expect(await getAdminHomeCounts(editor)).toMatchObject({ pendingIdeas: 0, newsDrafts: 0, newMembers: 3 });
    expect(await getAdminHomeCounts(admin)).toEqual(await getAdminHomeCounts(editor));
  });

  it("count what waits for an editor, and only that", async () => {
    const db = database().db;
    const before = await getAdminHomeCounts(await createUser(database(), { role: "editor" }));
    const editor = await createUser(database(), { role: "editor" });
    const author = await createUser(database());
    const longAgo = await createUser(database());
    await db.update(users).set({ createdAt: daysAgo(8) }).where(eq(users.id, longAgo.id));

    for (const status of ["pending", "pending", "published", "rejected", "retained"] as const) await createIdea(database(), author.id, { status });
    await createIdea(database(), author.id, { status: "published", hiddenAt: new Date() });

    const full = await makeEvent(editor, { capacity: 1 });
    for (const person of await Promise.all([1, 2, 3].map(() => createUser(database())))) await registerForEvent(person, full);
    await makeEvent(editor, { status: "draft", days: 3 });
    const past = await makeEvent(editor, { days: -3 });
    await makeEvent(editor, { status: "draft", days: -3 });
    // Someone left on the waiting list of an event that is over no longer waits for anything.
    await db.insert(eventRegistrations).values({ eventId: past, userId: author.id, status: "waitlisted" });

    const versions = (title: string) => ({ fr: { title }, az: { title: `${title} (az)` } });
    await createArticle(editor, articleInput(versions("Brouillon"), { status: "draft" }));
    await createArticle(editor, articleInput(versions("Programmé"), { publishedAt: new Date(Date.now() + 3 * 86_400_000) }));
    await createArticle(editor, articleInput(versions("Publié"), { publishedAt: daysAgo(1) }));

    expect(await getAdminHomeCounts(editor)).toEqual({
      pendingIdeas: before!.pendingIdeas + 2,
      hiddenIdeas: before!.hiddenIdeas + 1,
      upcomingEvents: before!.upcomingEvents + 1,
      upcomingDrafts: before!.upcomingDrafts + 1,
      waitlisted: before!.waitlisted + 2,
      newsDrafts: before!.newsDrafts + 1,
      scheduledArticles: before!.scheduledArticles + 1,
      // The editor, the author and the three who registered; not the account made eight days ago.
      newMembers: before!.newMembers + 5,
    });
  });
});
