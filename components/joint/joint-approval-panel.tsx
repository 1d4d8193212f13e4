import { getFormatter, getTranslations } from "next-intl/server";
import { approveArticleAction, approveEventAction } from "@/actions/joint-approval";
import { HiddenFields } from "@/components/forms/hidden-fields";
import type { Locale } from "@/i18n/routing";
import type { JointKind } from "@/server/joint/kinds";
import type { JointState } from "@/server/joint/state";

const outcomes = ["published", "recorded", "stale", "refused"] as const;
type Outcome = (typeof outcomes)[number];
export const approvalOutcome = (value: unknown): Outcome | undefined => outcomes.find((o) => o === value);

/**
 * Above a joint item's form: who signs it, who approved its current text and
 * when, what it waits for, and the "Approve" button for the signers the
 * editor speaks for (the action checks it again).
 */
export async function JointApprovalPanel({ locale, kind, id, state, outcome }: { locale: Locale; kind: JointKind; id: string; state: JointState; outcome?: Outcome }) {
  const t = await getTranslations({ locale, namespace: "JointStatements" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const format = await getFormatter({ locale });
  const names = (list: typeof state.signers) => format.list(list.map((o) => tOrg(o)), { type: "conjunction" });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
  const failed = outcome === "stale" || outcome === "refused";
  return (
    <section aria-labelledby="joint-title" className="space-y-3 rounded-xl border border-slate-300 bg-azblue-50 p-4">
      <h2 id="joint-title" className="text-lg font-semibold">
        {t(kind === "article" ? "title" : "titleEvent")}
      </h2>
      {outcome && (
        <p role={failed ? "alert" : "status"} className={failed ? "font-medium text-azred-600" : "font-medium text-azgreen-600"}>
          {t(`outcome.${outcome}`)}
        </p>
      )}
      <p>{t("signers", { names: names(state.signers) })}</p>
      <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {state.signers.map((organisation) => {
          const approval = state.approvals.find((a) => a.organisation === organisation);
          const label = tOrg(organisation);
          if (!approval) return <li key={organisation}>{t("notApproved", { organisation: label })}</li>;
          return (
            <li key={organisation}>
              {approval.approverName ? t("approvedBy", { organisation: label, name: approval.approverName, date: when(approval.approvedAt) }) : t("approvedByDeleted", { organisation: label, date: when(approval.approvedAt) })}
            </li>
          );
        })}
      </ul>
      {state.awaiting && state.missing.length > 0 && <p className="font-medium text-amber-900">{t("waiting", { names: names(state.missing) })}</p>}
      {state.mayApprove.length > 0 && (
        <form action={kind === "article" ? approveArticleAction : approveEventAction} className="space-y-1">
          <HiddenFields values={{ locale, id, textHash: state.textHash }} />
          <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
            {t("approve", { names: names(state.mayApprove) })}
          </button>
          <p className="text-sm text-slate-600">{t("approveHint")}</p>
        </form>
      )}
      <p className="text-sm text-slate-600">{t(kind === "article" ? "editHintArticle" : "editHintEvent")}</p>
    </section>
  );
}
