import { getTranslations } from "next-intl/server";
import { eventCategories, type EventCategory, type Organisation } from "@/db/schema";
import { FilterLinks } from "@/components/filters/filter-links";
import { agendaQuery, type AgendaView } from "@/lib/agenda/list-params";

type Props = { view: AgendaView; month: string; current?: EventCategory; org?: Organisation };

/** Links rather than a form: each category is an address a reader can share. */
export async function CategoryFilter({ view, month, current, org }: Props) {
  const t = await getTranslations("Agenda");
  const options: (EventCategory | undefined)[] = [undefined, ...eventCategories];
  const links = options.map((category) => ({
    key: category ?? "all",
    href: { pathname: "/agenda" as const, query: agendaQuery({ view, category, org, month }) },
    label: category ? t(`categories.${category}`) : t("filter.all"),
    active: category === current,
  }));
  return <FilterLinks label={t("filter.label")} links={links} />;
}
