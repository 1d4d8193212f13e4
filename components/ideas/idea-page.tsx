import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Discussion } from "@/components/ideas/comments/discussion";
import { OfficialAnswer } from "@/components/ideas/comments/official-answer";
import { DoneMessage } from "@/components/ideas/admin/done-message";
import { IdeaLine, IdeaText } from "@/components/ideas/idea-text";
import { EditorPanel } from "@/components/ideas/editor-panel";
import { IdeaMeta } from "@/components/ideas/idea-meta";
import { IdeaNotice } from "@/components/ideas/idea-notice";
import { PendingIdeaActions } from "@/components/ideas/pending-idea-actions";
import { IdeaProgress } from "@/components/ideas/milestones/idea-progress";
import { PublicAnswer } from "@/components/ideas/public-answer";
import { ReportArea } from "@/components/ideas/report-area";
import { StatusBadge } from "@/components/ideas/status-badge";
import { SupportArea } from "@/components/ideas/support-area";
import { StaffLinkIsland } from "@/components/reader/staff-link-island";
import { UnverifiedIsland } from "@/components/reader/unverified-island";
import { unverifiedLabels } from "@/components/reader/unverified-labels";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { decodeCursor } from "@/lib/ideas/cursor";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { ideaIsPublic, isEditor, type Caller } from "@/server/ideas/access";
import { discussionVersion, listCommentThreads } from "@/server/ideas/comments/list";
import { listMilestones } from "@/server/ideas/milestones/read";
import { mergedInto } from "@/server/ideas/merge";
import { getIdeaForViewer } from "@/server/ideas/public";
import { MergedNotice } from "@/components/ideas/merged-notice";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// The metadata and the page read the same idea once per request.
export const loadIdea = cache(async (caller: Caller, id: string, locale: Locale) => {
  const parsed = ideaIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const idea = await getIdeaForViewer(caller, parsed.data);
  if (!idea) {
    // A duplicate merged into another idea: its address leads there for good, where a notice names it.
    const into = await mergedInto(parsed.data);
    if (into) permanentRedirect(getPathname({ href: { pathname: "/centenaire/[id]", params: { id: String(into) }, query: { merged: String(parsed.data) } }, locale }));
    notFound();
  }
  return idea;
});

export async function ideaMetadata(caller: Caller, id: string, locale: Locale): Promise<Metadata> {
  const idea = await loadIdea(caller, id, locale);
  // Only public ideas are worth indexing; the title is the member's own text.
  return { title: idea.title, robots: ideaIsPublic(idea) ? undefined : { index: false } };
}

/**
 * One idea. Its public page (cached, the same for every reader) has no caller:
 * what the reader can do about it comes from islands. Its follow-up page
 * (`suivi`, per request) shows the author and editors an idea the public does
 * not see, the editors' word and the moderation form.
 */
export async function IdeaPage({ locale, id, caller, query }: { locale: Locale; id: string; caller: Caller; query: SearchParams }) {
  const idea = await loadIdea(caller, id, locale);
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const visible = ideaIsPublic(idea);
  const path = getPathname({ href: { pathname: "/centenaire/[id]", params: { id: String(idea.id) } }, locale });
  // What the islands ask /api/reader: the reader's support, authorship, right to report and own comments.
  const after = decodeCursor(one(query.comments), "time");
  const discussion = visible ? await listCommentThreads(idea.id, after) : undefined;
  // What became of a retained idea: the steps its organisation publishes (revalidated with the page by every change to them).
  const milestones = idea.status === "retained" ? await listMilestones(caller, idea.id) : undefined;
  // The discussion's state is part of the question: after a comment, an edit or a hiding, the page comes back with
  // another query, and its islands (which stay mounted across the redirect) ask again rather than show the old answer.
  const readerQuery = `ideas=${idea.id}&report=${idea.id}&comments=${idea.id}${discussion ? `&d=${discussionVersion(discussion.threads)}` : ""}`;
  const followUp = getPathname({ href: { pathname: "/centenaire/[id]/suivi", params: { id: String(idea.id) } }, locale });

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Link href="/centenaire" className="inline-block font-medium text-azblue-700 underline underline-offset-2">
        ← {t("back")}
      </Link>
      {isEditor(caller) && <DoneMessage locale={locale} query={query} />}
      <IdeaNotice locale={locale} idea={idea} />
      {caller?.id === idea.authorId && idea.status === "pending" && !idea.hiddenAt && <PendingIdeaActions locale={locale} ideaId={idea.id} />}
      {visible && <MergedNotice locale={locale} ideaId={idea.id} merged={one(query.merged)} />}
      {idea.status === "retained" && <StatusBadge status="retained" label={t("statuses.retained")} />}
      <h1 className="text-3xl font-bold">
        <IdeaLine text={idea.title} lang={idea.language} />
      </h1>
      <IdeaMeta locale={locale} idea={idea} />
      <IdeaText text={idea.description} lang={idea.language} className="text-lg leading-relaxed text-slate-800" />
      {idea.publicAnswer && <PublicAnswer locale={locale} answer={idea.publicAnswer} lang={idea.language} by={idea.answeredBy} />}
      {visible && <OfficialAnswer locale={locale} ideaId={idea.id} />}
      {milestones && <IdeaProgress locale={locale} milestones={milestones} />}
      {visible && (
        <div className="space-y-4 border-t border-slate-200 pt-5">
          <SupportArea locale={locale} idea={idea} returnTo={path} readerQuery={readerQuery} follow />
          <UnverifiedIsland locale={locale} ideaId={idea.id} query={readerQuery} labels={await unverifiedLabels(locale)} />
          <ReportArea locale={locale} idea={idea} returnTo={path} readerQuery={readerQuery} />
        </div>
      )}
      {discussion && <Discussion locale={locale} idea={idea} page={discussion} after={after} readerQuery={readerQuery} />}
      {isEditor(caller) ? <EditorPanel locale={locale} idea={idea} caller={caller} /> : !caller && <StaffLinkIsland query={readerQuery} href={followUp} label={t("moderateLink")} />}
    </article>
  );
}
