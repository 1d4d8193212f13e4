import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { ModerationLabels } from "./moderation-form";

/** `offered`: the organisations the editor answers for (server/organisations/membership.ts). */
export async function moderationLabels(locale: Locale, offered: readonly Organisation[]): Promise<ModerationLabels> {
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  const tNews = await getTranslations({ locale, namespace: "News" });
  return {
    approve: t("approve"),
    restore: t("restore"),
    reject: t("reject"),
    reasonLabel: t("reasonLabel"),
    retain: t("retain"),
    answerLabel: t("answerLabel"),
    legend: t("moderate"),
    answerAs: t("answerAs"),
    organisations: offered.map((organisation) => ({ value: organisation, label: tNews(`organisation.${organisation}`) })),
  };
}
