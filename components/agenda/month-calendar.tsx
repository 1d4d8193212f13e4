import { getLocale, getTranslations } from "next-intl/server";
import type { EventCategory, Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { TodayMarker } from "./today-marker";
import { clockTime, dayKey } from "@/lib/agenda/event-time";
import { agendaQuery } from "@/lib/agenda/list-params";
import { formatMonth, monthBounds, monthWeeks, shiftMonth, type Month } from "@/lib/agenda/month";
import { PARIS_TIME_ZONE } from "@/lib/time-zone";
import type { EventCard } from "@/server/agenda/public-events";
import { dateTimeFormat } from "@/lib/date-format";

type Props = { month: Month; events: EventCard[]; category?: EventCategory; org?: Organisation };

function monthName(month: Month, locale: string): string {
  const name = dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(month.year, month.month - 1, 15));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

// 1 January 2024 was a Monday: the week's names, Monday first, as the reader's language abbreviates them.
function weekdayNames(locale: string): { short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = Date.UTC(2024, 0, 1 + i);
    return { short: dateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(day), long: dateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(day) };
  });
}

/** A Paris month: a calendar grid on wide screens, the days that have events as a list on phones. */
export async function MonthCalendar({ month, events, category, org }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Agenda.month");
  const { start } = monthBounds(month);
  const byDay = new Map<string, EventCard[]>();
  const continuing: EventCard[] = [];
  for (const event of events) {
    if (event.startsAt < start) continuing.push(event);
    else byDay.set(dayKey(event.startsAt), [...(byDay.get(dayKey(event.startsAt)) ?? []), event]);
  }
  const [previous, next] = [shiftMonth(month, -1), shiftMonth(month, 1)];
  const linkTo = (m: Month) => ({ pathname: "/agenda" as const, query: agendaQuery({ view: "month", category, org, month: formatMonth(m) }) });
  const eventLink = (event: EventCard) => (
    <Link href={{ pathname: "/agenda/[slug]", params: { slug: event.slug } }} lang={event.textLocale !== locale ? event.textLocale : undefined} className="text-azblue-700 hover:underline">
      {event.title}
      {event.cancelled && <span className="font-medium text-azred-600"> · {t("cancelled")}</span>}
    </Link>
  );
  const days = [...byDay.keys()].sort();
  const dayTitle = (key: string) => dateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${key}T12:00:00Z`));

  return (
    <section aria-labelledby="month-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href={linkTo(previous)} className="font-medium text-azblue-700 underline underline-offset-2" aria-label={t("previous", { month: monthName(previous, locale) })}>
          ← {monthName(previous, locale)}
        </Link>
        <h2 id="month-title" className="text-2xl font-semibold">
          {monthName(month, locale)}
        </h2>
        <Link href={linkTo(next)} className="font-medium text-azblue-700 underline underline-offset-2" aria-label={t("next", { month: monthName(next, locale) })}>
          {monthName(next, locale)} →
        </Link>
      </div>
      {continuing.length > 0 && (
        <p className="text-slate-700">
          {t("continuing")}{" "}
          {continuing.map((event, i) => (
            <span key={event.id}>
              {i > 0 && ", "}
              {eventLink(event)}
            </span>
          ))}
        </p>
      )}
      {events.length === 0 && <p>{t("empty")}</p>}
      <table className="hidden w-full table-fixed border-collapse md:table">
        <thead>
          <tr>
            {weekdayNames(locale).map((day) => (
              <th key={day.long} scope="col" className="pb-2 text-sm font-medium text-slate-600">
                <abbr title={day.long} className="no-underline">
                  {day.short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((key, d) => (
                <td
                  key={key ?? `pad-${w}-${d}`}
                  data-day={key ?? undefined}
                  className={`group h-24 border border-slate-200 p-1.5 align-top text-sm aria-[current=date]:bg-azblue-50 aria-[current=date]:outline-2 aria-[current=date]:-outline-offset-2 aria-[current=date]:outline-azblue-600 ${key ? "bg-white" : "bg-slate-50"}`}
                >
                  {key && (
                    <span className="block text-xs font-semibold text-slate-500 group-aria-[current=date]:text-azblue-800">
                      {Number(key.slice(8))}
                      <span className="hidden font-normal group-aria-[current=date]:inline"> · {t("today")}</span>
                    </span>
                  )}
                  {key && (byDay.get(key) ?? []).map((event) => (
                    <span key={event.id} className="mt-1 block leading-snug">
                      <span className="text-xs text-slate-600">{clockTime(event.startsAt, PARIS_TIME_ZONE, locale)}</span> {eventLink(event)}
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <TodayMarker />
      <ul className="space-y-4 md:hidden">
        {days.map((key) => (
          <li key={key}>
            <h3 className="font-semibold">{dayTitle(key)}</h3>
            <ul className="mt-1 space-y-1">
              {byDay.get(key)!.map((event) => (
                <li key={event.id}>
                  <span className="text-sm text-slate-600">{clockTime(event.startsAt, PARIS_TIME_ZONE, locale)}</span> {eventLink(event)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
