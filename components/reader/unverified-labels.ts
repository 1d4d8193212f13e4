import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { UnverifiedLabels } from "./unverified-note";

/** The notice's texts, written into the cached page; the island adds the reader's address. */
export async function unverifiedLabels(locale: Locale): Promise<UnverifiedLabels> {
  const t = await getTranslations({ locale, namespace: "Verification" });
  return { notice: t("notice", { email: "{email}" }), resend: t("resend"), resending: t("resending") };
}
