import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { CoverLabels } from "./cover-field";

/**
 * The cover field's strings for the news or the agenda editor: each keeps
 * them under its own namespace (the same keys), since a refusal names what
 * the editor may not change.
 */
export async function coverFieldLabels(locale: Locale, namespace: "NewsAdmin" | "AgendaAdmin"): Promise<CoverLabels> {
  const t = await getTranslations({ locale, namespace });
  return {
    label: t("form.cover"),
    hint: t("form.coverHint"),
    remove: t("form.coverRemove"),
    uploading: t("form.coverUploading"),
    errors: {
      forbidden: t("errors.forbidden"),
      missing: t("errors.uploadMissing"),
      tooLarge: t("errors.uploadTooLarge"),
      notAnImage: t("errors.uploadNotAnImage"),
      failed: t("errors.uploadFailed"),
    },
  };
}
