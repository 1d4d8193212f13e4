import { Link } from "@/i18n/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgendaTabs } from "@/components/agenda/agenda-tabs";
import { CategoryFilter } from "@/components/agenda/category-filter";
import { OrganiserFilter } from "@/components/agenda/organiser-filter";
import { EventList } from "@/components/agenda/event-list";
import { MonthCalendar } from "@/components/agenda/month-calendar";
import type { Locale } from "@/i18n/routing";
import { readAgendaParams } from "@/lib/agenda/list-params";
import { formatMonth } from "@/lib/agenda/month";
import { absoluteUrl, pageAlternates } from "@/lib/site-url";
import { listMonthEvents, listOngoingEvents, listPastEvents, listUpcomingEvents } from "@/server/agenda/public-events";

type SearchParams = Record<string, string | string[] | undefined>;

export async function agendaMetadata(locale: Locale, search: SearchParams): Promise<Metadata> {
  const { view, category, org, after } = readAgendaParams(search);
  const t = await getTranslations({ locale, namespace: "Agenda" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      canonical: absoluteUrl("/agenda", locale),
      languages: pageAlternates("/agenda"),
      types: { "text/calendar": `/${locale}/agenda.ics` },
    },
    // Filters, months and later pages are for readers, not for search engines.
    robots: view !== "upcoming" || category || org || after ? { index: false, follow: true } : undefined,
  };
}

/** The agenda: the cached page passes no query, its per-request variant the address's. */
export async function AgendaPage({ locale, search }: { locale: Locale; search: SearchParams }) {
  const { view, category, org, month, after } = readAgendaParams(search);
  const t = await getTranslations("Agenda");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-x-4">
          <Link href="/abonnement" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
            {t("byEmail")}
          </Link>
          <a href={`/${locale}/agenda.ics`} className="text-sm font-medium text-azblue-700 underline underline-offset-2">
            {t("ics.subscribe")}
          </a>
        </div>
      </div>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <AgendaTabs current={view} category={category} />
      <CategoryFilter view={view} month={formatMonth(month)} current={category} org={org} />
      <OrganiserFilter view={view} month={formatMonth(month)} category={category} current={org} />
      {view === "month" && <MonthCalendar month={month} category={category} org={org} events={await listMonthEvents({ locale, category, organisation: org, month })} />}
      {view === "past" && <EventList view="past" category={category} org={org} after={after} page={await listPastEvents({ locale, category, organisation: org, after })} />}
      {view === "upcoming" && (
        <EventList
          view="upcoming"
          category={category}
          org={org}
          after={after}
          ongoing={after ? [] : await listOngoingEvents({ locale, category, organisation: org })}
          page={await listUpcomingEvents({ locale, category, organisation: org, after })}
        />
      )}
    </div>
  );
}
