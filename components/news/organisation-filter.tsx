import { getTranslations } from "next-intl/server";
import { organisations, type Organisation } from "@/db/schema";
import { Link } from "@/i18n/navigation";

/** Links that filter the list by the organisation that speaks; the search typed is kept. */
export async function OrganisationFilter({ current, query }: { current?: Organisation; query?: string }) {
  const t = await getTranslations("News");
  const options: (Organisation | undefined)[] = [undefined, ...organisations];
  return (
    <nav aria-label={t("filter.label")}>
      <ul className="flex flex-wrap gap-2">
        {options.map((organisation) => {
          const active = organisation === current;
          const queryParams = { ...(query ? { q: query } : {}), ...(organisation ? { org: organisation } : {}) };
          return (
            <li key={organisation ?? "all"}>
              <Link
                href={{ pathname: "/actualites", query: queryParams }}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${
                  active ? "border-azblue-700 bg-azblue-700 text-white" : "border-slate-300 text-slate-700 hover:bg-azblue-50"
                }`}
              >
                {organisation ? t(`organisation.${organisation}`) : t("filter.all")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
