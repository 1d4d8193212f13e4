import { getFormatter, getTranslations } from "next-intl/server";
import type { EventMailRow } from "@/server/agenda/event-mail-log";

/** Per event, what the portal mailed to whom and when (confirmations, waiting list, changes, cancellation). */
export async function EventMailLog({ rows }: { rows: EventMailRow[] }) {
  const t = await getTranslations("AgendaAdmin.mailLog");
  const format = await getFormatter();
  return (
    <section aria-labelledby="event-mail-log" className="space-y-2">
      <h2 id="event-mail-log" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">{t("date")}</th>
                <th scope="col" className="py-2 pr-4">{t("to")}</th>
                <th scope="col" className="py-2 pr-4">{t("subject")}</th>
                <th scope="col" className="py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4 whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                  <td className="py-2 pr-4 break-all">{row.to}</td>
                  <td className="py-2 pr-4">{row.subject}</td>
                  <td className="py-2">{t(row.sentAt ? "sent" : row.failedAt ? "failed" : "pending")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
