import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ChoiceLabels } from "./subscription-choices";

/** The subscription form's labels in a language. */
export async function choiceLabels(locale: Locale): Promise<ChoiceLabels & { submit: string; pending: string }> {
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return {
    lists: t("listsLegend"),
    listNames: { embassy: t("lists.embassy"), ulduz: t("lists.ulduz"), cultural_centre: t("lists.cultural_centre"), agenda: t("lists.agenda") },
    agendaHint: t("agendaHint"),
    languages: t("languagesLegend"),
    languageNames: { fr: t("languages.fr"), az: t("languages.az") },
    frequency: t("frequencyLegend"),
    frequencies: { each: t("frequencies.each"), weekly: t("frequencies.weekly") },
    submit: t("submit"),
    pending: t("pending"),
  };
}
