import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { routing } from "@/i18n/routing";
import { hashPassword } from "@/lib/password";
import { slugify } from "@/lib/slug";
import type { Db } from "../client";
import { signedTextHash } from "@/lib/joint/text-hash";
import { eventApprovals, eventOrganisers, eventRegistrations, events, eventTranslations, users } from "../schema";
import { demoEditorOf } from "./news";
import { seedEvents } from "./agenda-content";
import { demoMembers } from "./agenda-members";
import { ensureEventPoster, posterAlt } from "./event-posters";
import { joined } from "./users";

const DAY = 24 * 60 * 60 * 1000;

// The members who fill the demo events; a second run finds them and adds none.
async function ensureDemoMembers(db: Db, now: Date): Promise<Map<string, string>> {
  for (const [index, member] of demoMembers.entries()) {
    const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${member.email}`);
    if (existing) continue;
    const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
    // Joined over the last months, one every few weeks.
    const since = new Date(now.getTime() - (20 + 33 * index) * DAY);
    await db.insert(users).values({ ...member, passwordHash, role: "member", ...joined(since) }).onConflictDoNothing();
  }
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(sql`lower(${users.email})`, ["member@example.org", ...demoMembers.map((m) => m.email)]));
  return new Map(rows.map((row) => [row.email.toLowerCase(), row.id]));
}

/** The demo agenda, placed around the day the seed runs. An event already there (by its first slug) is left alone. */
export async function seedAgenda(db: Db, now = new Date()): Promise<number> {
  const memberIds = await ensureDemoMembers(db, now);
  let added = 0;
  for (const event of seedEvents) {
    // Every demo event has its category's poster, described in each language.
    const poster = await ensureEventPoster(event.category);
    const versions = routing.locales.flatMap((locale) => {
      const version = event[locale];
      return version ? [{ locale, ...version, slug: slugify(version.title), coverAlt: posterAlt(event.category, locale) }] : [];
    });
    const [existing] = await db.select({ id: eventTranslations.eventId }).from(eventTranslations).where(eq(eventTranslations.slug, versions[0].slug)).limit(1);
    if (existing) continue;
    await db.transaction(async (tx) => {
      const { startsAt, endsAt } = event.when({ now });
      const [created] = await tx
        .insert(events)
        .values({
          category: event.category,
          status: event.status ?? "published",
          startsAt,
          endsAt,
          capacity: event.capacity,
          priceCents: event.priceCents ?? null,
          coverImage: poster,
          ...(event.cancellationReason ? { cancelledAt: now, cancellationReason: event.cancellationReason, revision: 1 } : {}),
        })
        .returning({ id: events.id });
      await tx.insert(eventTranslations).values(versions.map((version) => ({ eventId: created.id, ...version })));
      await tx.insert(eventOrganisers).values(event.organisers.map((organisation) => ({ eventId: created.id, organisation })));
      // An event of several organisers is approved by each (server/joint/): the demo's were, before they went live.
      if (event.organisers.length > 1) {
        const textHash = signedTextHash(event.organisers, versions, { startsAt, endsAt });
        for (const organisation of event.organisers) await tx.insert(eventApprovals).values({ itemId: created.id, organisation, approvedBy: await demoEditorOf(tx, organisation), textHash });
      }
      // One at a time, so that the waiting list keeps the order of the list.
      for (const [index, email] of (event.registrations ?? []).entries()) {
        const userId = memberIds.get(email);
        if (!userId) continue;
        const status = event.capacity !== null && index < event.capacity ? "registered" : "waitlisted";
        await tx.insert(eventRegistrations).values({ eventId: created.id, userId, status });
      }
    });
    added += 1;
  }
  return added;
}
