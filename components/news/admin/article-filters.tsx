import { getTranslations } from "next-intl/server";
import { organisations } from "@/db/schema";
import { FilterForm, withAll } from "@/components/filters/filter-form";
import type { EditorFilters } from "@/server/news/editor-queries";

/** Filters of the editors' list: its words, status and organisation; a filtered list has an address. */
export async function ArticleFilters({ action, filters }: { action: string; filters: EditorFilters }) {
  const t = await getTranslations("NewsAdmin");
  const tNews = await getTranslations("News");
  return (
    <FilterForm
      action={action}
      submit={t("filters.apply")}
      choices={[
        { name: "status", label: t("filters.status"), value: filters.status, options: withAll(t("filters.all"), ["draft", "scheduled", "published"] as const, (status) => t(`status.${status}`)) },
        { name: "org", label: t("filters.organisation"), value: filters.organisation, options: withAll(t("filters.all"), organisations, (organisation) => tNews(`organisation.${organisation}`)) },
      ]}
    >
      <div className="min-w-44 flex-1">
        <label htmlFor="filter-q" className="font-medium">
          {t("filters.query")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.query} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm" />
      </div>
    </FilterForm>
  );
}
