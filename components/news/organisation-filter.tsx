import { getTranslations } from "next-intl/server";
import { organisations, type Organisation } from "@/db/schema";
import { FilterLinks } from "@/components/filters/filter-links";

/** Links that filter the list by the organisation that speaks; the search typed is kept. */
export async function OrganisationFilter({ current, query }: { current?: Organisation; query?: string }) {
  const t = await getTranslations("News");
  const options: (Organisation | undefined)[] = [undefined, ...organisations];
  const links = options.map((organisation) => ({
    key: organisation ?? "all",
    href: { pathname: "/actualites" as const, query: { ...(query ? { q: query } : {}), ...(organisation ? { org: organisation } : {}) } },
    label: organisation ? t(`organisation.${organisation}`) : t("filter.all"),
    active: organisation === current,
  }));
  return <FilterLinks label={t("filter.label")} links={links} />;
}
