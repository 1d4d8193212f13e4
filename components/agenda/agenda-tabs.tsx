import { getTranslations } from "next-intl/server";
import type { EventCategory, Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { agendaQuery, type AgendaView } from "@/lib/agenda/list-params";

const views: AgendaView[] = ["upcoming", "past", "month"];

/** Upcoming, past, by month: three ways through the agenda, keeping the category chosen. */
export async function AgendaTabs({ current, category, org }: { current: AgendaView; category?: EventCategory; org?: Organisation }) {
  const t = await getTranslations("Agenda.views");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {views.map((view) => (
          <li key={view}>
            <Link
              href={{ pathname: "/agenda", query: agendaQuery({ view, category, org }) }}
              aria-current={view === current ? "page" : undefined}
              className={`-mb-px block border-b-2 px-4 py-2 font-medium ${view === current ? "border-azblue-600 text-azblue-700" : "border-transparent text-slate-600 hover:text-azblue-700"}`}
            >
              {t(view)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
