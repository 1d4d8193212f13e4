import "server-only";
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Tx } from "@/db/client";
import { events, eventTranslations, type MailAttachment } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { eventSchedule } from "@/lib/agenda/event-time";
import { eventPath } from "@/lib/agenda/event-urls";
import { buildCalendar } from "@/lib/ical";
import { absolute } from "@/lib/site-url";
import { absoluteHref } from "@/lib/absolute-href";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { queueMail } from "@/server/mail";
import { eventUid } from "./ical-feed";

// Mail is written outside any request: the member's language, not the page's, decides.
const messages = { fr, az } satisfies Record<Locale, unknown>;

export type Registrant = { userId: string; email: string; name: string; preferredLocale: Locale };

export type EventMailKind = "registered" | "waitlisted" | "promoted" | "cancelled" | "changed" | "reminder";

/** What some kinds need: the place in line, the event before a change, the signed "I can no longer come" token. */
export type EventMailExtra = { waitlistPlace?: number; before?: EventBefore; withdrawToken?: string };

/** What an event was before an edit, for the change notice: its times and each language's place. */
export type EventBefore = { startsAt: Date; endsAt: Date; places: Partial<Record<Locale, string>> };

/** The event as one member reads it: their language's version, else the other. */
async function eventFor(tx: Tx, eventId: string, locale: Locale) {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId));
  const versions = await tx.select().from(eventTranslations).where(eq(eventTranslations.eventId, eventId));
  const version = versions.find((v) => v.locale === locale) ?? versions[0];
  return event && version ? { event, version } : undefined;
}

/**
 * The event as an .ics attachment, with the feed's UID and the event's
 * revision as SEQUENCE: a calendar that has it from the feed or an earlier
 * mail updates the same entry.
 */
export function eventAttachment(found: NonNullable<Awaited<ReturnType<typeof eventFor>>>, locale: Locale): MailAttachment {
  const { event, version } = found;
  const url = absolute(eventPath(version.slug, locale));
  const calendar = buildCalendar({
    prodId: `-//${new URL(url).hostname}//Agenda ${locale}//${locale.toUpperCase()}`,
    stamp: new Date(),
    events: [
      {
        uid: eventUid(event.id),
        start: event.startsAt,
        end: event.endsAt,
        summary: version.title,
        description: [version.summary, url].join("\n\n"),
        location: version.place,
        url,
        language: version.locale,
        sequence: event.revision,
        lastModified: event.updatedAt,
        cancelled: event.cancelledAt !== null,
      },
    ],
  });
  return { filename: `${version.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: calendar };
}

/** Old → new, for a change notice: the time in Paris and Baku, and the place. */
function changeValues(before: EventBefore | undefined, locale: Locale, place: string) {
  if (!before) return { oldDate: "", oldTime: "", oldBakuTime: "", oldPlace: "" };
  const old = eventSchedule(before.startsAt, before.endsAt, locale);
  return { oldDate: old.startDate, oldTime: old.startTime, oldBakuTime: old.bakuStartTime, oldPlace: before.places[locale] ?? place };
}

/**
 * Tells a member where they stand, in their language, inside the transaction
 * that put them there: a place (with the event's .ics), a place on the
 * waiting list (with its number), or a place that freed up for them.
 */
export async function queueEventMail(tx: Tx, eventId: string, member: Registrant, kind: EventMailKind, extra: EventMailExtra = {}): Promise<void> {
  const locale = member.preferredLocale;
  const found = await eventFor(tx, eventId, locale);
  if (!found) return;
  const { event, version } = found;
  const t = createTranslator({ locale, messages: messages[locale], namespace: "AgendaMail" });
  const schedule = eventSchedule(event.startsAt, event.endsAt, locale);
  const values = {
    name: member.name,
    title: version.title,
    date: schedule.startDate,
    time: schedule.startTime,
    bakuTime: schedule.bakuStartTime,
    place: version.place,
    url: absolute(eventPath(version.slug, locale)),
    position: extra.waitlistPlace ?? 0,
    withdrawUrl: extra.withdrawToken ? absoluteHref("/agenda/desistement/[token]", locale, { token: extra.withdrawToken }) : "",
    reason: event.cancellationReason ?? "",
    ...changeValues(extra.before, locale, version.place),
  };
  await queueMail(tx, {
    to: member.email,
    userId: member.userId,
    locale,
    eventId,
    kind: `event.${kind}`,
    subject: t(`${kind}Subject`, values),
    body: t(`${kind}Body`, values),
    // On the waiting list nothing is booked yet: no calendar entry. A cancellation's .ics strikes the entry out.
    attachments: kind === "waitlisted" ? undefined : [eventAttachment(found, locale)],
  });
}
