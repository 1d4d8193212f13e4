import { getTranslations } from "next-intl/server";
import { milestoneStatuses, organisations, type MilestoneStatus, type Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";

type Props = { locale: Locale; action: string; organisation?: Organisation; status?: MilestoneStatus };

/** A plain GET form: filtering works without JavaScript and gives a shareable address. */
export async function ProgrammeFilters({ locale, action, organisation, status }: Props) {
  const t = await getTranslations({ locale, namespace: "Programme" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const tStatus = await getTranslations({ locale, namespace: "Milestones.statuses" });
  const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";
  return (
    <form method="get" action={action} aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-xl bg-slate-50 p-4">
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-org" className="font-medium">
          {t("organisation")}
        </label>
        <select id="filter-org" name="org" defaultValue={organisation ?? ""} className={select}>
          <option value="">{t("allOrganisations")}</option>
          {organisations.map((value) => (
            <option key={value} value={value}>
              {tOrg(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-status" className="font-medium">
          {t("status")}
        </label>
        <select id="filter-status" name="status" defaultValue={status ?? ""} className={select}>
          <option value="">{t("allStatuses")}</option>
          {milestoneStatuses.map((value) => (
            <option key={value} value={value}>
              {tStatus(value)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
        {t("apply")}
      </button>
    </form>
  );
}
