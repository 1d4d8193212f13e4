import { getTranslations } from "next-intl/server";
import { ideaCategories } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { SearchBoxForm } from "@/components/search/search-box-form";
import { galleryQuery, ideaStatusFilters, type GalleryParams } from "@/lib/ideas/gallery-params";

type Props = { locale: Locale; action: string; params: GalleryParams };

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";
const button = "rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700";

/**
 * Two plain GET forms: the search (the pages' one SearchBoxForm), which sends its words alone when no filter is chosen (so that a
 * repeated search is the cached page of that search), and the filters, which keep the words searched.
 * Both work without JavaScript and give a shareable address.
 */
export async function IdeaFilters({ locale, action, params }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  // The filters chosen, which a new search keeps.
  const filters = galleryQuery({ ...params, search: "" });
  return (
    <div className="space-y-3">
      <SearchBoxForm id="ideas-search" action={action} label={t("search.label")} hint={t("search.hint")} submit={t("search.submit")} query={params.search} hidden={filters} />
      <form method="get" action={action} aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-xl bg-slate-50 p-4">
        {params.search && <input type="hidden" name="q" value={params.search} />}
        <div className="min-w-44 flex-1">
          <label htmlFor="filter-category" className="font-medium">
            {t("category")}
          </label>
          <select id="filter-category" name="category" defaultValue={params.category ?? ""} className={input}>
            <option value="">{t("allCategories")}</option>
            {ideaCategories.map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-44 flex-1">
          <label htmlFor="filter-status" className="font-medium">
            {t("statusFilter")}
          </label>
          <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={input}>
            <option value="">{t("allStatuses")}</option>
            {ideaStatusFilters.map((value) => (
              <option key={value} value={value}>
                {t(`statusFilters.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-44 flex-1">
          <label htmlFor="filter-sort" className="font-medium">
            {t("sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={params.sort} className={input}>
            <option value="supports">{t("sortSupports")}</option>
            <option value="newest">{t("sortNewest")}</option>
            <option value="discussed">{t("sortDiscussed")}</option>
          </select>
        </div>
        <button type="submit" className={button}>
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
