import { getTranslations } from "next-intl/server";
import { organisations } from "@/db/schema";
import type { EditorFilters } from "@/server/news/editor-queries";

/** Filters of the editors' list: a GET form, so a filtered list has an address. */
export async function ArticleFilters({ action, filters }: { action: string; filters: EditorFilters }) {
  const t = await getTranslations("NewsAdmin");
  const tNews = await getTranslations("News");
  const select = "block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm";
  return (
    <form action={action} method="get" className="grid items-end gap-3 rounded-xl bg-slate-50 p-4 sm:grid-cols-4">
      <div className="space-y-1">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("filters.query")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.query} className={select} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-status" className="block text-sm font-medium">
          {t("filters.status")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {(["draft", "scheduled", "published"] as const).map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-org" className="block text-sm font-medium">
          {t("filters.organisation")}
        </label>
        <select id="filter-org" name="org" defaultValue={filters.organisation ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {tNews(`organisation.${organisation}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("filters.apply")}
      </button>
    </form>
  );
}
