import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CoverImage } from "@/components/cover-image";
import { IdeaText } from "@/components/ideas/idea-text";
import type { Locale } from "@/i18n/routing";
import { inReaderLanguage, milestoneDay } from "@/lib/ideas/milestone-text";
import type { Milestone } from "@/server/ideas/milestones/read";
import { MilestoneStatusBadge } from "./milestone-status-badge";

type Props = {
  locale: Locale;
  milestones: Milestone[];
  /** What follows each step (the editor's forms on the milestone editor). */
  tools?: (milestone: Milestone) => ReactNode;
};

/**
 * A retained idea's steps, oldest first. Each text shows in the reader's
 * language when it was written in it, else in the other, with its `lang`.
 */
export async function MilestoneTimeline({ locale, milestones, tools }: Props) {
  const t = await getTranslations({ locale, namespace: "Milestones" });
  const format = await getFormatter({ locale });
  return (
    <ol className="space-y-4 border-l-2 border-azblue-100 pl-5">
      {milestones.map((milestone) => {
        const text = inReaderLanguage(milestone.text, locale);
        const reason = milestone.status === "abandoned" ? inReaderLanguage(milestone.reason, locale) : undefined;
        // The photo is described in the language of the text beside it.
        const alt = text ? milestone.photoAlt[text.lang] : null;
        return (
          <li key={milestone.id} id={`milestone-${milestone.id}`} className="relative space-y-2">
            <span aria-hidden className="absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-azblue-600" />
            <p className="flex flex-wrap items-center gap-2">
              <time dateTime={milestone.date} className="font-semibold">
                {format.dateTime(milestoneDay(milestone.date), { dateStyle: "long", timeZone: "UTC" })}
              </time>
              <MilestoneStatusBadge status={milestone.status} label={t(`statuses.${milestone.status}`)} />
            </p>
            {text && <IdeaText text={text.text} lang={text.lang} className="text-slate-800" />}
            {reason && (
              <div className="rounded-md bg-red-50 px-3 py-2 text-slate-800">
                <p className="font-medium">{t("reason")}</p>
                <IdeaText text={reason.text} lang={reason.lang} />
              </div>
            )}
            {milestone.photo && <CoverImage name={milestone.photo} alt={alt} lang={text?.lang} className="max-w-md" />}
            {tools?.(milestone)}
          </li>
        );
      })}
    </ol>
  );
}
