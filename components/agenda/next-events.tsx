import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listNextEvents } from "@/server/agenda/public-events";
import { EventCard } from "./event-card";

/** The home page's next events. */
export async function NextEvents() {
  const locale = await getLocale();
  const t = await getTranslations("Agenda.home");
  const events = await listNextEvents(locale, 3);
  return (
    <section aria-labelledby="next-events-title" className="mt-10 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="next-events-title" className="text-2xl font-semibold">
          {t("title")}
        </h2>
        <Link href="/agenda" className="font-medium text-azblue-700 underline underline-offset-2">
          {t("all")}
        </Link>
      </div>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-3">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} headingLevel={3} poster="top" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
