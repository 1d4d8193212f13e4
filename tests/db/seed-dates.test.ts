import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { articles, articleTranslations, events, eventTranslations, ideas, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { describeOnDatabases } from "../support/databases";

const DAY = 24 * 60 * 60 * 1000;
// A day the demo could be started on: a Sunday, far from the 2017-2018 story.
const now = new Date("2027-06-13T08:00:00Z");

describeOnDatabases("the demo agrees with the day it is started", (database) => {
  beforeAll(async () => {
    await seedDatabase(database().db, now);
  });

  it("has recent news, and keeps the founding meeting of 30 October 2017 in the archive", async () => {
    const published = await database().db.select().from(articles).where(eq(articles.status, "published"));
    const ages = published.map((a) => (now.getTime() - a.publishedAt!.getTime()) / DAY);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(ages.filter((age) => age < 30).length).toBeGreaterThanOrEqual(3);
    const founding = (await database().db.select().from(articleTranslations)).find((v) => v.title.startsWith("30 octobre 2017"));
    const foundingArticle = published.find((a) => a.id === founding?.articleId);
    expect(foundingArticle?.publishedAt?.getUTCFullYear()).toBe(2017);
  });

  it("has events in the coming weeks, and the Thursday course on a Thursday", async () => {
    const rows = await database().db.select().from(events).where(eq(events.status, "published"));
    const soon = rows.filter((e) => e.startsAt > now && e.startsAt.getTime() - now.getTime() < 28 * DAY);
    expect(soon.length).toBeGreaterThanOrEqual(4);
    const versions = await database().db.select().from(eventTranslations);
    const course = versions.find((v) => v.summary.includes("série du jeudi"));
    const courseEvent = rows.find((e) => e.id === course?.eventId);
    const weekday = new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "Europe/Paris" }).format(courseEvent!.startsAt);
    expect(weekday).toBe("Thursday");
  });

  it("has members who joined over past months, each before what they wrote", async () => {
    const members = await database().db.select().from(users);
    const days = new Set(members.map((u) => u.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(members.length - 1);
    for (const user of members) expect(user.createdAt.getTime()).toBeLessThan(now.getTime());
    const recent = members.filter((u) => now.getTime() - u.createdAt.getTime() < 365 * DAY);
    expect(recent.length).toBeGreaterThanOrEqual(3);
    const joinedAt = new Map(members.map((u) => [u.id, u.createdAt.getTime()]));
    for (const idea of await database().db.select().from(ideas)) {
      expect(joinedAt.get(idea.authorId!)!).toBeLessThan(idea.createdAt.getTime());
    }
  });
});
