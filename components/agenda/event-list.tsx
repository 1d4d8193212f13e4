import { getTranslations } from "next-intl/server";
import type { EventCategory, Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { agendaQuery } from "@/lib/agenda/list-params";
import type { EventCard as EventCardData } from "@/server/agenda/public-events";
import { EventCard } from "./event-card";

type Props = {
  view: "upcoming" | "past";
  category?: EventCategory;
  org?: Organisation;
  after: string | null;
  ongoing?: EventCardData[];
  page: { events: EventCardData[]; next: string | null };
};

/** A page of upcoming or past events, with the links to the first and the next pages. */
export async function EventList({ view, category, org, after, ongoing = [], page }: Props) {
  const t = await getTranslations("Agenda");
  const linkClass = "font-medium text-azblue-700 underline underline-offset-2";
  return (
    <div className="space-y-8">
      {ongoing.length > 0 && (
        <section aria-labelledby="ongoing-title" className="space-y-4">
          <h2 id="ongoing-title" className="text-xl font-semibold">
            {t("ongoing")}
          </h2>
          <ul className="space-y-4">
            {ongoing.map((event) => (
              <li key={event.id}>
                <EventCard event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {ongoing.length > 0 && <h2 className="text-xl font-semibold">{t("views.upcoming")}</h2>}
      {page.events.length === 0 ? (
        <p>{t(view === "past" ? "emptyPast" : "emptyUpcoming")}</p>
      ) : (
        <ul className="space-y-4">
          {page.events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} headingLevel={ongoing.length > 0 ? 3 : 2} />
            </li>
          ))}
        </ul>
      )}
      {(after || page.next) && (
        <nav aria-label={t("pagination.label")} className="flex flex-wrap gap-4">
          {after && (
            <Link href={{ pathname: "/agenda", query: agendaQuery({ view, category, org }) }} className={linkClass}>
              {t("pagination.first")}
            </Link>
          )}
          {page.next && (
            <Link href={{ pathname: "/agenda", query: agendaQuery({ view, category, org, after: page.next }) }} className={linkClass}>
              {t(view === "past" ? "pagination.older" : "pagination.later")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
