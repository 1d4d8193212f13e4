import { getTranslations } from "next-intl/server";
import { organisations, type EventCategory, type Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { agendaQuery, type AgendaView } from "@/lib/agenda/list-params";

type Props = { view: AgendaView; month: string; category?: EventCategory; current?: Organisation };

/** Who organises: links, like the categories, so that "the embassy's events" is an address a reader can share. */
export async function OrganiserFilter({ view, month, category, current }: Props) {
  const t = await getTranslations("Agenda");
  const tOrg = await getTranslations("News.organisation");
  const options: (Organisation | undefined)[] = [undefined, ...organisations];
  return (
    <nav aria-label={t("organiserFilter.label")}>
      <ul className="flex flex-wrap gap-2">
        {options.map((org) => {
          const active = org === current;
          return (
            <li key={org ?? "all"}>
              <Link
                href={{ pathname: "/agenda", query: agendaQuery({ view, category, org, month }) }}
                aria-current={active ? "true" : undefined}
                className={`inline-block rounded-full px-3 py-1 text-sm font-medium ring-1 ${active ? "bg-azgreen-600 text-white ring-azgreen-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-green-50"}`}
              >
                {org ? tOrg(org) : t("organiserFilter.all")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
