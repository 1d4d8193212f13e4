import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { EmailLinkState } from "@/server/email-tokens";

/** A confirmation or cancel link that was used, has expired or never existed. */
export async function LinkUnavailable({ locale, state }: { locale: Locale; state: Exclude<EmailLinkState, "valid"> }) {
  const t = await getTranslations({ locale, namespace: "Verification" });
  const message = { used: t("linkUsed"), expired: t("linkExpired"), unknown: t("linkUnknown") }[state];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("linkUnavailable")}</h1>
      <p className="rounded-md border border-azred-600 bg-red-50 px-3 py-2 font-medium text-azred-600">{message}</p>
      <Link href="/compte" className="mt-6 inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("backToAccount")}
      </Link>
    </div>
  );
}
