import "server-only";
import { getTranslations } from "next-intl/server";
import { milestoneStatuses } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import type { MilestoneFormLabels } from "./milestone-form";

/** The milestone form's strings, in the editor's language. */
export async function milestoneFormLabels(locale: Locale): Promise<MilestoneFormLabels> {
  const t = await getTranslations({ locale, namespace: "MilestonesAdmin" });
  const tm = await getTranslations({ locale, namespace: "Milestones" });
  const pair = (key: "text" | "reason" | "photoAlt") => ({ fr: t(`${key}.fr`), az: t(`${key}.az`) });
  return {
    date: t("date"),
    dateHint: t("dateHint"),
    status: t("status"),
    statusChoose: t("statusChoose"),
    statuses: milestoneStatuses.map((status) => ({ value: status, label: tm(`statuses.${status}`) })),
    textHint: t("textHint"),
    text: pair("text"),
    reason: pair("reason"),
    reasonHint: t("reasonHint"),
    photo: {
      label: t("photo"),
      hint: t("photoHint"),
      remove: t("photoRemove"),
      uploading: t("photoUploading"),
      errors: {
        forbidden: tm("errors.forbidden"),
        missing: tm("errors.uploadMissing"),
        tooLarge: tm("errors.uploadTooLarge"),
        notAnImage: tm("errors.uploadNotAnImage"),
        failed: tm("errors.uploadFailed"),
      },
    },
    photoAlt: pair("photoAlt"),
    photoAltHint: t("photoAltHint"),
    save: t("save"),
    saving: t("saving"),
  };
}
