import { getTranslations } from "next-intl/server";
import { eventCategories, type EventCategory, type Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { agendaQuery, type AgendaView } from "@/lib/agenda/list-params";

type Props = { view: AgendaView; month: string; current?: EventCategory; org?: Organisation };

/** Links rather than a form: each category is an address a reader can share. */
export async function CategoryFilter({ view, month, current, org }: Props) {
  const t = await getTranslations("Agenda");
  const options: (EventCategory | undefined)[] = [undefined, ...eventCategories];
  return (
    <nav aria-label={t("filter.label")}>
      <ul className="flex flex-wrap gap-2">
        {options.map((category) => {
          const active = category === current;
          return (
            <li key={category ?? "all"}>
              <Link
                href={{ pathname: "/agenda", query: agendaQuery({ view, category, org, month }) }}
                aria-current={active ? "true" : undefined}
                className={`inline-block rounded-full px-3 py-1 text-sm font-medium ring-1 ${active ? "bg-azblue-600 text-white ring-azblue-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-azblue-50"}`}
              >
                {category ? t(`categories.${category}`) : t("filter.all")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
