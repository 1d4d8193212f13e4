import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import type { EditorEventRow } from "@/server/agenda/editor-queries";
import { dateTimeFormat } from "@/lib/date-format";
import { WaitingBadge } from "../../joint/waiting-badge";

/** The editors' list: when, what (both titles), status, and how full. */
export async function EventAdminTable({ rows }: { rows: EditorEventRow[] }) {
  const locale = await getLocale();
  const t = await getTranslations("AgendaAdmin");
  const tCategories = await getTranslations("Agenda.categories");
  const date = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("columns.start")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.event")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.status")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.registrations")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = row.titles[locale] ?? routing.locales.map((l) => row.titles[l]).find(Boolean) ?? "—";
            return (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{date.format(row.startsAt)}</td>
                <td className="py-2 pr-4">
                  <Link href={{ pathname: "/admin/agenda/[id]", params: { id: row.id } }} className="font-medium text-azblue-700 underline underline-offset-2">
                    {title}
                  </Link>
                  <span className="block text-slate-600">
                    {tCategories(row.category)}
                    {routing.locales.filter((l) => !row.titles[l]).map((l) => ` · ${t("missingVersion", { language: t(`form.languages.${l}`) })}`)}
                  </span>
                </td>
                <td className="py-2 pr-4">
                  {t(`form.${row.status}`)}
                  <WaitingBadge waitingFor={row.waitingFor} />
                </td>
                <td className="py-2 pr-4">
                  {row.capacity === null ? (
                    t("noRegistration")
                  ) : (
                    <Link href={{ pathname: "/admin/agenda/[id]/inscriptions", params: { id: row.id } }} className="text-azblue-700 underline underline-offset-2">
                      {t("counts", { registered: row.registered, capacity: row.capacity, waitlisted: row.waitlisted })}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
