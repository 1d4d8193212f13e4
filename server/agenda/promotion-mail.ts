import "server-only";
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Tx } from "@/db/client";
import { events, eventTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { eventSchedule } from "@/lib/agenda/event-time";
import { eventPath } from "@/lib/agenda/event-urls";
import { absolute } from "@/lib/site-url";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";
import { queueMail } from "@/server/mail";

// Mail is written outside any request: the member's language, not the page's, decides.
const messages = { fr, az } satisfies Record<Locale, unknown>;

type Member = { userId: string; email: string; name: string; preferredLocale: Locale };

/** "A place is yours": to a member who moved up from the waiting list, in their preferred language. */
export async function queuePromotionMail(tx: Tx, eventId: string, member: Member): Promise<void> {
  const locale = member.preferredLocale;
  const [event] = await tx.select({ startsAt: events.startsAt, endsAt: events.endsAt }).from(events).where(eq(events.id, eventId));
  const versions = await tx.select().from(eventTranslations).where(eq(eventTranslations.eventId, eventId));
  const version = versions.find((v) => v.locale === locale) ?? versions[0];
  if (!event || !version) return;
  const t = createTranslator({ locale, messages: messages[locale], namespace: "AgendaMail" });
  const schedule = eventSchedule(event.startsAt, event.endsAt, locale);
  await queueMail(tx, {
    to: member.email,
    userId: member.userId,
    subject: t("promotedSubject", { title: version.title }),
    body: t("promotedBody", {
      name: member.name,
      title: version.title,
      date: schedule.startDate,
      time: schedule.startTime,
      bakuTime: schedule.bakuStartTime,
      place: version.place,
      url: absolute(eventPath(version.slug, locale)),
    }),
  });
}
