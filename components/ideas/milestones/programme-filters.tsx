import { getTranslations } from "next-intl/server";
import { milestoneStatuses, organisations, type MilestoneStatus, type Organisation } from "@/db/schema";
import { FilterForm, withAll } from "@/components/filters/filter-form";
import type { Locale } from "@/i18n/routing";

type Props = { locale: Locale; action: string; organisation?: Organisation; status?: MilestoneStatus };

/** The action plan by organisation and by how far each idea has come. */
export async function ProgrammeFilters({ locale, action, organisation, status }: Props) {
  const t = await getTranslations({ locale, namespace: "Programme" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const tStatus = await getTranslations({ locale, namespace: "Milestones.statuses" });
  return (
    <FilterForm
      action={action}
      label={t("filters")}
      submit={t("apply")}
      choices={[
        { name: "org", label: t("organisation"), value: organisation, options: withAll(t("allOrganisations"), organisations, (value) => tOrg(value)) },
        { name: "status", label: t("status"), value: status, options: withAll(t("allStatuses"), milestoneStatuses, (value) => tStatus(value)) },
      ]}
    />
  );
}
