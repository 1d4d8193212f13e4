import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleTranslations, eventTranslations, ideas, users } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { isUuid } from "@/lib/uuid";
import type { AuditRow } from "./audit-log";

/** What an entry names, for the sentence that tells it: a title or a name, and whether it still exists. */
export type AuditNames = {
  titles: Map<string, string>;
  /** The members an entry names (its author, its target, the one moved up from a waiting list), by id; the users page finds them by address. */
  people: Map<string, { name: string; email: string }>;
  /** Articles and events that still exist, which the sentence links to. */
  live: Set<string>;
};

type Versions = Record<string, { title?: string }>;

/** A title in the reader's language, else the other one. */
function pick<T extends { locale: string; title: string }>(rows: T[], locale: Locale): string | undefined {
  return (rows.find((r) => r.locale === locale) ?? rows[0])?.title;
}

/**
 * Looks up, a page at a time, the titles of the articles, events and ideas
 * and the names of the members the entries name. A deleted article or event
 * keeps the title its entry recorded; the caller is an admin (checked by
 * listAuditEntries, which made the rows).
 */
export async function auditNames(rows: AuditRow[], locale: Locale): Promise<AuditNames> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId!))];
  const articleIds = ids("article").filter(isUuid);
  const eventIds = ids("event").filter(isUuid);
  const ideaIds = ids("idea").map(Number).filter(Number.isSafeInteger);
  const named = rows.flatMap((r) => [r.actorId, r.details?.userId]).filter((v): v is string => typeof v === "string");
  const userIds = [...new Set([...ids("user"), ...named].filter(isUuid))];
  const db = getDb();
  const [articleRows, eventRows, ideaRows, userRows] = await Promise.all([
    articleIds.length ? db.select({ id: articleTranslations.articleId, locale: articleTranslations.locale, title: articleTranslations.title }).from(articleTranslations).where(inArray(articleTranslations.articleId, articleIds)) : [],
    eventIds.length ? db.select({ id: eventTranslations.eventId, locale: eventTranslations.locale, title: eventTranslations.title }).from(eventTranslations).where(inArray(eventTranslations.eventId, eventIds)) : [],
    ideaIds.length ? db.select({ id: ideas.id, title: ideas.title }).from(ideas).where(inArray(ideas.id, ideaIds)) : [],
    userIds.length ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
  ]);
  const titles = new Map<string, string>();
  for (const row of rows) {
    const versions = row.details?.versions as Versions | undefined;
    const recorded = versions && (versions[locale]?.title ?? Object.values(versions)[0]?.title);
    if (row.targetId && recorded) titles.set(`${row.targetType}:${row.targetId}`, recorded);
  }
  for (const id of articleIds) {
    const title = pick(articleRows.filter((r) => r.id === id), locale);
    if (title) titles.set(`article:${id}`, title);
  }
  for (const id of eventIds) {
    const title = pick(eventRows.filter((r) => r.id === id), locale);
    if (title) titles.set(`event:${id}`, title);
  }
  for (const idea of ideaRows) titles.set(`idea:${idea.id}`, idea.title);
  const people = new Map(userRows.map((u) => [u.id, { name: u.name, email: u.email }]));
  const live = new Set([...articleRows.map((r) => `article:${r.id}`), ...eventRows.map((r) => `event:${r.id}`), ...ideaRows.map((r) => `idea:${r.id}`)]);
  return { titles, people, live };
}
