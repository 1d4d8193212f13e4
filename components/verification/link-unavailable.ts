import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { EmailLinkState } from "@/server/email-tokens";

/** What the page of a used, expired or made-up confirmation or cancel link says. */
export async function linkUnavailable(locale: Locale, state: EmailLinkState) {
  if (state === "valid") return undefined;
  const t = await getTranslations({ locale, namespace: "Verification" });
  const message = { used: t("linkUsed"), expired: t("linkExpired"), unknown: t("linkUnknown") }[state];
  return { title: t("linkUnavailable"), message, back: { href: getPathname({ href: "/compte", locale }), label: t("backToAccount") } };
}
