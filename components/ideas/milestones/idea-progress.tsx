import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Milestone } from "@/server/ideas/milestones/read";
import { MilestoneTimeline } from "./milestone-timeline";

/** What became of a retained idea: its progress in one line, its steps, and the way to the whole action plan. */
export async function IdeaProgress({ locale, milestones }: { locale: Locale; milestones: Milestone[] }) {
  const t = await getTranslations({ locale, namespace: "Milestones" });
  const done = milestones.filter((milestone) => milestone.status === "done").length;
  return (
    <section aria-labelledby="idea-progress" className="space-y-4 border-t border-slate-200 pt-5">
      <h2 id="idea-progress" className="text-2xl font-bold">
        {t("timelineTitle")}
      </h2>
      {milestones.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <p className="text-slate-700">{t("timelineIntro")}</p>
          <p className="font-medium">{t("progress", { done, total: milestones.length })}</p>
          <MilestoneTimeline locale={locale} milestones={milestones} />
        </>
      )}
      <Link href="/centenaire/programme" className="inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("programmeLink")}
      </Link>
    </section>
  );
}
