import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import type { EditorArticleRow } from "@/server/news/editor-queries";
import { WaitingBadge } from "../../joint/waiting-badge";
import { StatusBadge } from "./status-badge";

export async function ArticleTable({ rows }: { rows: EditorArticleRow[] }) {
  const t = await getTranslations("NewsAdmin");
  const tNews = await getTranslations("News");
  const format = await getFormatter();
  const locale = await getLocale();
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="border-b-2 border-slate-300 text-sm">
          <tr>
            <th scope="col" className={cell}>{t("list.title")}</th>
            <th scope="col" className={cell}>{t("list.versions")}</th>
            <th scope="col" className={cell}>{t("list.organisation")}</th>
            <th scope="col" className={cell}>{t("list.status")}</th>
            <th scope="col" className={cell}>{t("list.date")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const titleLocale = row.titles[locale] ? locale : routing.locales.find((l) => row.titles[l]);
            return (
              <tr key={row.id} className="border-b border-slate-200">
                <td className={cell}>
                  <Link href={{ pathname: "/admin/actualites/[id]", params: { id: row.id } }} lang={titleLocale !== locale ? titleLocale : undefined} className="font-medium text-azblue-700 underline underline-offset-2">
                    {titleLocale ? row.titles[titleLocale] : row.id}
                  </Link>
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {routing.locales.map((l) =>
                    row.outdated.includes(l) ? (
                      <span key={l} className="mr-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                        {l.toUpperCase()} · <span aria-hidden="true">{t("list.outdated")}</span>
                        <span className="sr-only">{t("list.outdatedLong")}</span>
                      </span>
                    ) : (
                      <span key={l} className={`mr-1 inline-block rounded px-1.5 text-xs font-semibold ${row.titles[l] ? "bg-azblue-50 text-azblue-700" : "bg-slate-100 text-slate-400 line-through"}`}>
                        {l.toUpperCase()}
                        <span className="sr-only"> {row.titles[l] ? t("list.present") : t("list.missing")}</span>
                      </span>
                    ),
                  )}
                </td>
                <td className={cell}>{tNews(`organisation.${row.organisation}`)}</td>
                <td className={cell}>
                  <StatusBadge status={row.status} />
                  <WaitingBadge waitingFor={row.waitingFor} />
                </td>
                <td className={`${cell} whitespace-nowrap text-sm`}>
                  {row.publishedAt ? format.dateTime(row.publishedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
