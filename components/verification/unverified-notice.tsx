import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { CurrentUser } from "@/server/users";
import { ResendForm } from "./resend-form";

/**
 * Tells a member whose address is not confirmed yet why they cannot submit,
 * support or register, with a button to send the link again. Nothing for a
 * visitor or a confirmed member.
 */
export async function UnverifiedNotice({ locale, caller }: { locale: Locale; caller: CurrentUser | null }) {
  if (!caller || caller.emailVerified) return null;
  const t = await getTranslations({ locale, namespace: "Verification" });
  return (
    <div role="note" className="space-y-3 rounded-md border border-amber-500 bg-amber-50 px-4 py-3">
      <p className="font-medium text-slate-900">{t("notice", { email: caller.email })}</p>
      <ResendForm locale={locale} labels={{ submit: t("resend"), pending: t("resending") }} />
    </div>
  );
}
