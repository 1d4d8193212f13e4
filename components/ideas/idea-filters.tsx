import { getTranslations } from "next-intl/server";
import { ideaCategories, type IdeaCategory } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { IdeaSort } from "@/server/ideas/public";

type Props = { locale: Locale; action: string; category?: IdeaCategory; sort: IdeaSort };

/** A plain GET form: filtering works without JavaScript and gives a shareable address. */
export async function IdeaFilters({ locale, action, category, sort }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";
  return (
    <form method="get" action={action} aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-xl bg-slate-50 p-4">
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-category" className="font-medium">
          {t("category")}
        </label>
        <select id="filter-category" name="category" defaultValue={category ?? ""} className={select}>
          <option value="">{t("allCategories")}</option>
          {ideaCategories.map((value) => (
            <option key={value} value={value}>
              {t(`categories.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-sort" className="font-medium">
          {t("sort")}
        </label>
        <select id="filter-sort" name="sort" defaultValue={sort} className={select}>
          <option value="supports">{t("sortSupports")}</option>
          <option value="newest">{t("sortNewest")}</option>
          <option value="discussed">{t("sortDiscussed")}</option>
        </select>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("apply")}
      </button>
    </form>
  );
}
