import { getTranslations } from "next-intl/server";
import { ideaReportReasons } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Caller } from "@/server/ideas/access";
import { reportRefusal } from "@/server/ideas/report";
import { ReportForm } from "./report-form";

type Props = { locale: Locale; caller: Caller; idea: { id: number; authorId: string | null }; returnTo: string };

export async function ReportArea({ locale, caller, idea, returnTo }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas.report" });
  if (caller?.id === idea.authorId) return null;
  if (!caller) {
    return (
      <Link href={{ pathname: "/connexion", query: { callbackUrl: returnTo } }} className="text-sm text-slate-600 underline underline-offset-2">
        {t("signIn")}
      </Link>
    );
  }
  // Why the member cannot report, said where the form would be rather than after they filled it in.
  const refusal = await reportRefusal(caller, idea.id);
  if (refusal) {
    const tReports = await getTranslations({ locale, namespace: "IdeaReports" });
    return (
      <p role="note" className="text-sm text-slate-700">
        {tReports(`refusals.${refusal}`)}
        {refusal === "unverified" && (
          <>
            {" "}
            <Link href="/compte" className="font-medium text-azblue-700 underline underline-offset-2">
              {tReports("account")}
            </Link>
          </>
        )}
      </p>
    );
  }
  return (
    <ReportForm
      locale={locale}
      ideaId={idea.id}
      reasons={ideaReportReasons.map((value) => ({ value, label: t(`reasons.${value}`) }))}
      labels={{ title: t("title"), reason: t("reason"), choose: t("choose"), submit: t("submit"), pending: t("pending") }}
    />
  );
}
