import "server-only";
import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { articleTranslations, events, eventTranslations } from "@/db/schema";
import type { JointKind } from "./kinds";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * What the signers approve, as one hash: the title, summary and body of each
 * language version (and, for an event, its place and its times). A change to
 * anything else (a cover, a slug, a capacity) keeps the approvals.
 */
export async function textHashOf(tx: Tx, kind: JointKind, id: string): Promise<string> {
  if (kind === "article") {
    const versions = await tx
      .select({ locale: articleTranslations.locale, title: articleTranslations.title, summary: articleTranslations.summary, body: articleTranslations.body })
      .from(articleTranslations)
      .where(eq(articleTranslations.articleId, id))
      .orderBy(asc(articleTranslations.locale));
    return digest(versions);
  }
  const [times] = await tx.select({ startsAt: events.startsAt, endsAt: events.endsAt }).from(events).where(eq(events.id, id));
  const versions = await tx
    .select({ locale: eventTranslations.locale, title: eventTranslations.title, summary: eventTranslations.summary, body: eventTranslations.body, place: eventTranslations.place })
    .from(eventTranslations)
    .where(eq(eventTranslations.eventId, id))
    .orderBy(asc(eventTranslations.locale));
  return digest({ startsAt: times?.startsAt.toISOString(), endsAt: times?.endsAt.toISOString(), versions });
}
