import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { articleTranslations, events, eventTranslations } from "@/db/schema";
import { signedTextHash } from "@/lib/joint/text-hash";
import type { JointKind } from "./kinds";
import { signersOf } from "./signers";

/**
 * The hash of what the signers approve, read in the transaction: who signs,
 * the title, summary and body of each language version (and, for an event,
 * its place and its times). A change to anything else (a cover, a slug, a
 * capacity) keeps the approvals.
 */
export async function textHashOf(tx: Tx, kind: JointKind, id: string): Promise<string> {
  if (kind === "article") {
    const versions = await tx
      .select({ locale: articleTranslations.locale, title: articleTranslations.title, summary: articleTranslations.summary, body: articleTranslations.body })
      .from(articleTranslations)
      .where(eq(articleTranslations.articleId, id));
    return signedTextHash(await signersOf(tx, kind, id), versions);
  }
  const [times] = await tx.select({ startsAt: events.startsAt, endsAt: events.endsAt }).from(events).where(eq(events.id, id));
  const versions = await tx
    .select({ locale: eventTranslations.locale, title: eventTranslations.title, summary: eventTranslations.summary, body: eventTranslations.body, place: eventTranslations.place })
    .from(eventTranslations)
    .where(eq(eventTranslations.eventId, id));
  return signedTextHash(await signersOf(tx, kind, id), versions, times ?? { startsAt: new Date(0), endsAt: new Date(0) });
}
