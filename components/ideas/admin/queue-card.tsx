import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { QueueIdea } from "@/server/ideas/queue";
import { IdeaLine, IdeaText } from "../idea-text";
import { PublicAnswer } from "../public-answer";
import { StatusBadge } from "../status-badge";
import { BULK_FORM_ID } from "./bulk-form";
import { ModerationForm, type ModerationLabels } from "./moderation-form";

type Props = { locale: Locale; idea: QueueIdea; labels: ModerationLabels };

/** An idea waiting for an editor, shown as text like everywhere else. */
export async function QueueCard({ locale, idea, labels }: Props) {
  const t = await getTranslations({ locale, namespace: "IdeasAdmin" });
  const tIdeas = await getTranslations({ locale, namespace: "Ideas" });
  const tReports = await getTranslations({ locale, namespace: "IdeaReports" });
  const format = await getFormatter({ locale });
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const hidden = !!idea.hiddenAt;
  return (
    <article className="grid min-w-0 gap-5 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-3">
        <div className="flex items-start gap-3">
          <label className="mt-1.5 flex items-center">
            <input type="checkbox" form={BULK_FORM_ID} name="selected" value={`${idea.id}:${idea.version}`} className="h-5 w-5" />
            <span className="sr-only">{t("select", { title: idea.title })}</span>
          </label>
          <h3 className="min-w-0 text-xl font-semibold">
            <IdeaLine text={idea.title} lang={idea.language} />
          </h3>
        </div>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
          <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-800">{tIdeas(`categories.${idea.category}`)}</span>
          <span>{tIdeas(`languages.${idea.language}`)}</span>
          <span>{t("submittedOn", { date: date(idea.createdAt) })}</span>
          {idea.hiddenAt && <span>{t("hiddenOn", { date: date(idea.hiddenAt) })}</span>}
          {hidden && <span>{t("supports", { count: idea.supportCount })}</span>}
        </p>
        <p className="text-sm [overflow-wrap:anywhere]">
          {idea.authorName && idea.authorEmail ? t("author", { name: idea.authorName, email: idea.authorEmail }) : t("authorDeleted")}
          {!idea.showName && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("anonymousWish")}</span>}
        </p>
        {hidden && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={idea.status} label={tIdeas(`statuses.${idea.status}`)} />
            <span className="rounded bg-azred-600 px-2 py-0.5 font-semibold text-white">{tReports("hiddenAfter", { count: idea.reportCount })}</span>
            <span className="font-medium">{t("reports")}</span>
            {idea.reports.map((report) => (
              <span key={report.reason} className="rounded bg-red-50 px-2 py-0.5 text-azred-600">
                {tIdeas(`report.reasons.${report.reason}`)} × {report.n}
              </span>
            ))}
          </p>
        )}
        <IdeaText text={idea.description} lang={idea.language} scrollable className="max-h-96 overflow-y-auto rounded-md bg-slate-50 p-3 text-slate-800" />
        {idea.publicAnswer && <PublicAnswer locale={locale} answer={idea.publicAnswer} lang={idea.language} by={idea.answeredBy} />}
      </div>
      <div className="space-y-3">
        {hidden && <p className="text-sm text-slate-700">{tReports("restoreHint")}</p>}
        <ModerationForm locale={locale} origin="queue" idea={{ id: idea.id, version: idea.version, inQueue: true, hidden }} labels={labels} />
      </div>
    </article>
  );
}
