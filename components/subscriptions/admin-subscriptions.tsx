import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import type { SendingProgress, SubscriberCount } from "@/server/subscriptions/admin-stats";

type Props = { locale: Locale; counts: SubscriberCount[]; sendings: SendingProgress[] };

/** Admin → Mail: subscribers per list and language, and where each article's sending stands. */
export async function AdminSubscriptions({ locale, counts, sendings }: Props) {
  const t = await getTranslations({ locale, namespace: "AdminOutbox.subscriptions" });
  const tSub = await getTranslations({ locale, namespace: "Subscriptions" });
  const format = await getFormatter({ locale });
  const listName = (list: string) => tSub(`lists.${list as "embassy" | "ulduz" | "cultural_centre" | "agenda"}`);
  const cell = "border-b border-slate-200 px-2 py-1.5 text-left";
  return (
    <>
      <section aria-labelledby="subscribers" className="mt-4 rounded-xl border border-slate-200 p-4">
        <h2 id="subscribers" className="font-semibold">
          {t("title")}
        </h2>
        {counts.length === 0 ? (
          <p className="mt-1">{t("none")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>{t("list")}</th>
                  <th scope="col" className={cell}>{t("language")}</th>
                  <th scope="col" className={cell}>{t("confirmed")}</th>
                  <th scope="col" className={cell}>{t("pending")}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map((row) => (
                  <tr key={`${row.list}-${row.locale}`}>
                    <td className={cell}>{listName(row.list)}</td>
                    <td className={cell}>{tSub(`languages.${row.locale as "fr" | "az"}`)}</td>
                    <td className={cell}>{format.number(row.confirmed)}</td>
                    <td className={cell}>{format.number(row.pending)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sendings" className="mt-4 rounded-xl border border-slate-200 p-4">
        <h2 id="sendings" className="font-semibold">
          {t("sendings")}
        </h2>
        {sendings.length === 0 && <p className="mt-1">{t("noSendings")}</p>}
        <ul className="mt-2 space-y-2">
          {sendings.map((s) => (
            <li key={s.id} className="text-sm">
              <span className="font-medium">{s.title}</span> · {format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              <br />
              {s.listedAt ? t("progress", { recipients: s.recipients, waiting: s.waiting, sent: s.sent, failed: s.failed, skipped: s.skipped }) : t("scheduled")}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-600">{t("rateHint", { rate: env().MAIL_RATE_PER_MINUTE })}</p>
      </section>
    </>
  );
}
