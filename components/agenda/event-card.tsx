import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EventCard as EventCardData } from "@/server/agenda/public-events";
import { AvailabilityBadge } from "./availability-badge";
import { EventSchedule } from "./event-schedule";

/** An event in a list: category, title, when (Paris and Baku), where, and whether places remain. */
export async function EventCard({ event, headingLevel = 2 }: { event: EventCardData; headingLevel?: 2 | 3 }) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda");
  const lang = event.textLocale !== locale ? event.textLocale : undefined;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded-full bg-azblue-50 px-2.5 py-0.5 font-medium text-azblue-700">{t(`categories.${event.category}`)}</span>
        <AvailabilityBadge capacity={event.capacity} registered={event.registered} startsAt={event.startsAt} />
        {lang && <span className="text-slate-600">{t(`onlyIn.${event.textLocale}`)}</span>}
      </div>
      <Heading lang={lang} className="mt-2 text-xl font-semibold">
        <Link href={{ pathname: "/agenda/[slug]", params: { slug: event.slug } }} className="hover:text-azblue-700 hover:underline">
          {event.title}
        </Link>
      </Heading>
      <div className="mt-1">
        <EventSchedule startsAt={event.startsAt} endsAt={event.endsAt} compact />
      </div>
      <p lang={lang} className="mt-1 text-sm text-slate-600">
        {event.place}
      </p>
      <p lang={lang} className="mt-2 text-slate-700">
        {event.summary}
      </p>
    </article>
  );
}
