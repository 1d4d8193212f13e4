import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ViewedIdea } from "@/server/ideas/public";
import { moderationLabels } from "./admin/moderation-labels";
import { MergeForm } from "./admin/merge-form";
import { ModerationForm } from "./admin/moderation-form";
import { ideaIsPublic } from "@/server/ideas/access";
import { organisationsOf } from "@/server/organisations/membership";
import type { CurrentUser } from "@/server/users";

/** Editors moderate from the idea's page too; the server checks the role again on every decision. */
export async function EditorPanel({ locale, idea, caller }: { locale: Locale; idea: ViewedIdea; caller: CurrentUser }) {
  const t = await getTranslations({ locale, namespace: "Ideas.notice" });
  const tAdmin = await getTranslations({ locale, namespace: "IdeasAdmin" });
  const tReports = await getTranslations({ locale, namespace: "IdeaReports" });
  const tMilestones = await getTranslations({ locale, namespace: "Milestones" });
  const hidden = !!idea.hiddenAt;
  const inQueue = idea.status === "pending" || hidden;
  const canDecide = inQueue || idea.status === "published";
  return (
    <section aria-labelledby="editor-panel" className="space-y-4 rounded-xl border border-slate-300 bg-slate-50 p-5">
      <h2 id="editor-panel" className="text-xl font-semibold">
        {tAdmin("moderate")}
      </h2>
      <p className="[overflow-wrap:anywhere]">{t("editorAuthor", { name: idea.realAuthorName ?? "", email: idea.authorEmail ?? "" })}</p>
      {idea.reportsLockedAt && <p className="text-sm text-slate-700">{tReports("locked")}</p>}
      {hidden && <p className="text-sm text-slate-700">{tReports("restoreHint")}</p>}
      {idea.status === "retained" && (
        <Link href={{ pathname: "/admin/idees/[id]/jalons", params: { id: String(idea.id) } }} className="inline-block font-medium text-azblue-700 underline underline-offset-2">
          {tMilestones("editLink")}
        </Link>
      )}
      {canDecide && <ModerationForm locale={locale} origin="idea" idea={{ id: idea.id, version: idea.version, inQueue, hidden }} labels={await moderationLabels(locale, await organisationsOf(caller))} />}
      {/* A duplicate of another public idea is merged into it (server/ideas/merge.ts checks every rule again). */}
      {ideaIsPublic(idea) && (
        <MergeForm
          locale={locale}
          idea={{ id: idea.id, version: idea.version }}
          labels={{
            title: tAdmin("merge.title"),
            intro: tAdmin("merge.intro"),
            target: tAdmin("merge.target"),
            hint: tAdmin("merge.hint"),
            open: tAdmin("merge.open"),
            warning: tAdmin("merge.warning", { title: idea.title }),
            confirm: tAdmin("merge.confirm"),
            pending: tAdmin("merge.pending"),
          }}
        />
      )}
    </section>
  );
}
