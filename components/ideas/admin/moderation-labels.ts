import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ModerationLabels } from "./moderation-form";

export async function moderationLabels(locale: Locale): Promise<ModerationLabels> {
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  return {
    approve: t("approve"),
    restore: t("restore"),
    reject: t("reject"),
    reasonLabel: t("reasonLabel"),
    retain: t("retain"),
    answerLabel: t("answerLabel"),
    legend: t("moderate"),
  };
}
