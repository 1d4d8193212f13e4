import { getTranslations } from "next-intl/server";
import { ideaCategories } from "@/db/schema";
import { FilterForm, withAll } from "@/components/filters/filter-form";
import type { Locale } from "@/i18n/routing";
import { SearchBoxForm } from "@/components/search/search-box-form";
import { galleryQuery, ideaStatusFilters, type GalleryParams } from "@/lib/ideas/gallery-params";

type Props = { locale: Locale; action: string; params: GalleryParams };


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
      <FilterForm
        action={action}
        label={t("filters")}
        submit={t("apply")}
        hidden={{ q: params.search || undefined }}
        choices={[
          { name: "category", label: t("category"), value: params.category, options: withAll(t("allCategories"), ideaCategories, (value) => t(`categories.${value}`)) },
          { name: "status", label: t("statusFilter"), value: params.status, options: withAll(t("allStatuses"), ideaStatusFilters, (value) => t(`statusFilters.${value}`)) },
          {
            name: "sort",
            label: t("sort"),
            value: params.sort,
            options: [
              { value: "supports", label: t("sortSupports") },
              { value: "newest", label: t("sortNewest") },
              { value: "discussed", label: t("sortDiscussed") },
            ],
          },
        ]}
      />
    </div>
  );
}
