import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { WithdrawButton } from "./withdraw-button";

/** What the author of an idea that still waits for the editors can do with it: edit it, or withdraw it (asked twice). */
export async function PendingIdeaActions({ locale, ideaId }: { locale: Locale; ideaId: number }) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  // A div, not a p: the withdraw button holds a form, which a paragraph may not contain (a hydration error).
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Link href={{ pathname: "/centenaire/[id]/modifier", params: { id: String(ideaId) } }} className="font-medium text-azblue-700 underline underline-offset-2">
        {t("mine.edit")}
      </Link>
      <WithdrawButton
        locale={locale}
        ideaId={ideaId}
        labels={{ withdraw: t("mine.withdraw"), warning: t("mine.withdrawWarning"), confirm: t("mine.withdrawConfirm"), pending: t("mine.withdrawPending") }}
      />
    </div>
  );
}
