import { getLocale, getTranslations } from "next-intl/server";
import type { RegistrationRow } from "@/server/agenda/editor-queries";
import { dateTimeFormat } from "@/lib/date-format";

/** Registered members, or the waiting list in its order (numbered). */
export async function RegistrationTable({ title, rows, numbered }: { title: string; rows: RegistrationRow[]; numbered: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("AgendaAdmin.registrations");
  const date = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <section className="space-y-2">
      <h2 className="text-xl font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                {numbered && <th scope="col" className="py-2 pr-4">{t("columns.place")}</th>}
                <th scope="col" className="py-2 pr-4">{t("columns.name")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.email")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.registeredAt")}</th>
                {!numbered && <th scope="col" className="py-2 pr-4">{t("columns.promotedAt")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.email} className="border-b border-slate-200">
                  {numbered && <td className="py-2 pr-4">{i + 1}</td>}
                  <td className="py-2 pr-4">{row.name}</td>
                  <td className="py-2 pr-4">{row.email}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{date.format(row.createdAt)}</td>
                  {!numbered && <td className="py-2 pr-4">{row.promotedAt ? t("promoted", { date: date.format(row.promotedAt) }) : ""}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
