import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EventCard as EventCardData } from "@/server/agenda/public-events";
import { AvailabilityBadge } from "./availability-badge";
import { CoverImage } from "../cover-image";
import { EventPrice } from "./event-price";
import { EventSchedule } from "./event-schedule";

type Props = { event: EventCardData; headingLevel?: 2 | 3; /** Where the poster goes: above (a grid of cards) or beside (a list). */ poster?: "top" | "side" };

/** An event in a list: its poster, category, title, when (Paris and Baku), where, the price and whether places remain. */
export async function EventCard({ event, headingLevel = 2, poster = "side" }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda");
  const lang = event.textLocale !== locale ? event.textLocale : undefined;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flow-root rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      {event.coverImage && (
        <CoverImage name={event.coverImage} alt={event.coverAlt} lang={lang} className={poster === "top" ? "mb-4" : "mb-4 sm:float-right sm:mb-2 sm:ml-5 sm:w-56"} />
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded-full bg-azblue-50 px-2.5 py-0.5 font-medium text-azblue-700">{t(`categories.${event.category}`)}</span>
        <AvailabilityBadge capacity={event.capacity} registered={event.registered} startsAt={event.startsAt} cancelled={event.cancelled} />
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
      <EventPrice priceCents={event.priceCents} className="mt-2 text-sm text-slate-700" />
    </article>
  );
}
