import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

/** Mail is written in the recipient's preferred language, outside any page request. */
export function accountMailText(locale: Locale) {
  return createTranslator({ locale, messages: locale === "az" ? az : fr, namespace: "AccountMail" });
}
