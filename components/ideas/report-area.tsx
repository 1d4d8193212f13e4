import { getTranslations } from "next-intl/server";
import { ideaReportReasons } from "@/db/schema";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { ReportIsland } from "../reader/report-island";

type Props = { locale: Locale; idea: { id: number }; returnTo: string; readerQuery: string };

/** Reporting an idea, the same in every reader's page: the island knows whether this reader may. */
export async function ReportArea({ locale, idea, returnTo, readerQuery }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas.report" });
  const tReports = await getTranslations({ locale, namespace: "IdeaReports" });
  const refusals = ["notFound", "ownIdea", "alreadyReported", "unverified", "tooNew", "reportingRevoked", "reportsLocked", "reportLimit"] as const;
  // The closed form's height, kept when the island puts a link or a note in its place: nothing below moves.
  return (
    <div className="min-h-[3.25rem]">
      <ReportIsland
        locale={locale}
        ideaId={idea.id}
        query={readerQuery}
        signInHref={getPathname({ href: { pathname: "/connexion", query: { callbackUrl: returnTo } }, locale })}
        accountHref={getPathname({ href: "/compte", locale })}
        reasons={ideaReportReasons.map((value) => ({ value, label: t(`reasons.${value}`) }))}
        labels={{ title: t("title"), reason: t("reason"), choose: t("choose"), submit: t("submit"), pending: t("pending"), signIn: t("signIn"), account: tReports("account") }}
        refusals={Object.fromEntries(refusals.map((key) => [key, tReports(`refusals.${key}`)]))}
      />
    </div>
  );
}
