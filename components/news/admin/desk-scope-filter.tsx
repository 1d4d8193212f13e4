import { getTranslations } from "next-intl/server";
import { organisations } from "@/db/schema";
import { FilterForm } from "@/components/filters/filter-form";
import type { DeskScope } from "@/server/news/translation-desk";

/** Whose articles the translation desk shows; the choice has an address. */
export async function DeskScopeFilter({ action, scope }: { action: string; scope: DeskScope }) {
  const t = await getTranslations("TranslationDesk");
  const tNews = await getTranslations("News");
  const options = [
    { value: "", label: t("scopeMine") },
    { value: "all", label: t("scopeAll") },
    ...organisations.map((organisation) => ({ value: organisation, label: tNews(`organisation.${organisation}`) })),
  ];
  return <FilterForm action={action} submit={t("apply")} choices={[{ name: "org", id: "desk-org", label: t("scope"), value: scope === "mine" ? "" : scope, options }]} />;
}
