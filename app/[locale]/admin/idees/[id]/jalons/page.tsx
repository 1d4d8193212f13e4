import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { deleteMilestoneAction, saveMilestoneAction } from "@/actions/idea-milestones";
import { AdminNav } from "@/components/admin/admin-nav";
import { ConfirmStep, confirmButtonClass } from "@/components/forms/confirm-step";
import { CommentActionForm } from "@/components/ideas/comments/comment-action-form";
import { IdeaLine } from "@/components/ideas/idea-text";
import { MilestoneForm } from "@/components/ideas/milestones/admin/milestone-form";
import { milestoneFormLabels } from "@/components/ideas/milestones/admin/milestone-form-labels";
import { MilestoneTimeline } from "@/components/ideas/milestones/milestone-timeline";
import { getPathname, Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { milestoneDay } from "@/lib/ideas/milestone-text";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { ideaIsPublic } from "@/server/ideas/access";
import { listMilestones, type Milestone } from "@/server/ideas/milestones/read";
import { getIdeaForViewer } from "@/server/ideas/public";
import { organisationsOf } from "@/server/organisations/membership";
import { editorRoles, requireRole } from "@/server/session";

// Rendered per request (it reads the session); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

const done = ["added", "updated", "deleted"] as const;
const link = "font-medium text-azblue-700 underline underline-offset-2";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/idees/[id]/jalons">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "MilestonesAdmin" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A milestone's fields as its edit form starts with them. */
function initialValues(milestone: Milestone): Record<string, string> {
  return {
    date: milestone.date,
    status: milestone.status,
    photo: milestone.photo ?? "",
    ...Object.fromEntries((["fr", "az"] as const).flatMap((l) => [[`text_${l}`, milestone.text[l] ?? ""], [`reason_${l}`, milestone.reason[l] ?? ""], [`photoAlt_${l}`, milestone.photoAlt[l] ?? ""]])),
  };
}

/**
 * The milestone editor of one retained idea, for the editors of the
 * organisation that retained it (admins act for all): its steps, each with
 * its edit form and deletion, and the form that adds one. Another
 * organisation's editor reads the steps without the forms; the server refuses
 * their changes anyway (server/ideas/milestones/write.ts).
 */
export default async function MilestoneEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/idees/[id]/jalons">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireRole(editorRoles, locale, getPathname({ href: { pathname: "/admin/idees/[id]/jalons", params: { id } }, locale }));
  const ideaId = ideaIdSchema.safeParse(id);
  const idea = ideaId.success ? await getIdeaForViewer(user, ideaId.data) : undefined;
  if (!idea || idea.status !== "retained") notFound();
  const t = await getTranslations({ locale, namespace: "MilestonesAdmin" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  const format = await getFormatter({ locale });
  const mine = await organisationsOf(user);
  const mayWrite = idea.answeredBy ? mine.includes(idea.answeredBy) : user.role === "admin";
  const milestones = await listMilestones(user, idea.id);
  const labels = await milestoneFormLabels(locale);
  const query = await searchParams;
  const outcome = done.find((value) => value === query.done);
  const day = (milestone: Milestone) => format.dateTime(milestoneDay(milestone.date), { dateStyle: "long", timeZone: "UTC" });

  const tools = (milestone: Milestone) =>
    mayWrite && (
      <div className="flex flex-wrap items-start gap-3">
        <details className="w-full rounded-md border border-slate-200 bg-slate-50 p-3 sm:flex-1">
          <summary className="cursor-pointer font-medium text-azblue-700" aria-label={t("editLabel", { date: day(milestone) })}>
            {t("edit")}
          </summary>
          <div className="mt-3">
            <MilestoneForm action={saveMilestoneAction} hidden={{ locale, milestoneId: milestone.id }} initial={initialValues(milestone)} labels={labels} prefix={`milestone-${milestone.id}`} />
          </div>
        </details>
        <ConfirmStep label={t("delete")} ariaLabel={t("deleteLabel", { date: day(milestone) })} warning={t("deleteWarning")}>
          <CommentActionForm action={deleteMilestoneAction} hidden={{ locale, milestoneId: milestone.id }} submit={t("deleteConfirm")} pending={labels.saving} buttonClass={confirmButtonClass} />
        </ConfirmStep>
      </div>
    );

  return (
    <div className="space-y-8">
      <AdminNav role={user.role} />
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t.rich("title", { idea: () => <IdeaLine text={idea.title} lang={idea.language} /> })}</h1>
        <p className="text-slate-700">{idea.answeredBy ? t("intro", { organisation: tOrg(idea.answeredBy) }) : t("introUnsigned")}</p>
        {ideaIsPublic(idea) ? (
          <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.id) } }} className={link}>
            {t("viewIdea")}
          </Link>
        ) : (
          <p className="rounded-md bg-amber-50 px-4 py-3 text-amber-900">{t("notPublic")}</p>
        )}
      </div>
      {outcome && (
        <p role="status" className="rounded-md border border-azgreen-600 bg-green-50 px-4 py-3 font-medium text-azgreen-600">
          {t(`done.${outcome}`)}
        </p>
      )}
      {!mayWrite && idea.answeredBy && <p className="rounded-md bg-slate-100 px-4 py-3 text-slate-800">{t("readOnly", { organisation: tOrg(idea.answeredBy) })}</p>}
      <section aria-labelledby="milestones-heading" className="space-y-4">
        <h2 id="milestones-heading" className="text-2xl font-bold">
          {t("timeline")}
        </h2>
        {milestones.length === 0 ? <p className="text-slate-700">{t("none")}</p> : <MilestoneTimeline locale={locale} milestones={milestones} tools={tools} />}
      </section>
      {mayWrite && (
        <section aria-labelledby="milestone-add" className="space-y-4 rounded-xl border border-slate-300 p-5">
          <h2 id="milestone-add" className="text-2xl font-bold">
            {t("add")}
          </h2>
          <MilestoneForm action={saveMilestoneAction} hidden={{ locale, ideaId: idea.id }} labels={labels} prefix="milestone-new" />
        </section>
      )}
    </div>
  );
}
