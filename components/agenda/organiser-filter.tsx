import { getTranslations } from "next-intl/server";
import { organisations, type EventCategory, type Organisation } from "@/db/schema";
import { FilterLinks } from "@/components/filters/filter-links";
import { agendaQuery, type AgendaView } from "@/lib/agenda/list-params";

type Props = { view: AgendaView; month: string; category?: EventCategory; current?: Organisation };

/** Who organises: links, like the categories, so that "the embassy's events" is an address a reader can share. */
export async function OrganiserFilter({ view, month, category, current }: Props) {
  const t = await getTranslations("Agenda");
  const tOrg = await getTranslations("News.organisation");
  const options: (Organisation | undefined)[] = [undefined, ...organisations];
  const links = options.map((org) => ({
    key: org ?? "all",
    href: { pathname: "/agenda" as const, query: agendaQuery({ view, category, org, month }) },
    label: org ? tOrg(org) : t("organiserFilter.all"),
    active: org === current,
  }));
  return <FilterLinks label={t("organiserFilter.label")} links={links} tone="green" />;
}
