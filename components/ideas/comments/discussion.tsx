import { getTranslations } from "next-intl/server";
import { ideaReportReasons } from "@/db/schema";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import type { CommentThread } from "@/server/ideas/comments/list";
import { CommentFormIsland } from "../../reader/comment-form-island";
import type { CommentToolsLabels } from "../../reader/comment-tools-island";
import { CommentItem } from "./comment-item";

type Props = {
  locale: Locale;
  idea: { id: number; commentCount: number };
  /** The threads of this page, and where it starts: a later page (`?comments=` on the idea's address) is rendered per request. */
  page: { threads: CommentThread[]; next?: IdeaCursor };
  after?: IdeaCursor;
  readerQuery: string;
};

/**
 * An idea's discussion, the same for every reader: threads newest first, each
 * with its replies; the forms and each comment's tools are islands that know
 * the reader. A later page is the idea's address with `?comments=<cursor>`.
 */
export async function Discussion({ locale, idea, page, after, readerQuery }: Props) {
  const t = await getTranslations({ locale, namespace: "IdeaComments" });
  const tReport = await getTranslations({ locale, namespace: "Ideas.report" });
  const { threads, next } = page;
  const path = getPathname({ href: { pathname: "/centenaire/[id]", params: { id: String(idea.id) } }, locale });
  const returnTo = after ? `${path}?comments=${encodeCursor(after)}` : path;
  const signInHref = getPathname({ href: { pathname: "/connexion", query: { callbackUrl: `${path}#discussion` } }, locale });
  const accountHref = getPathname({ href: "/compte", locale });
  const formLabels = {
    body: t("body"),
    help: t("formatHelp"),
    language: t("language"),
    languages: { fr: t("languages.fr"), az: t("languages.az") },
    submit: t("submit"),
    pending: t("pending"),
    signIn: t("signIn"),
    unverified: t("unverified"),
    account: t("account"),
  };
  const toolLabels: CommentToolsLabels = {
    ...(Object.fromEntries(
      (["edit", "editTitle", "save", "saving", "delete", "deleting", "report", "reportTitle", "reason", "choose", "sendReport", "sending", "hide", "hideTitle", "hideReason", "hideSubmit", "markOfficial", "unmarkOfficial"] as const).map((key) => [key, t(`tools.${key}`)]),
    ) as Omit<CommentToolsLabels, "editUntil" | "body" | "hiddenReason" | "hiddenByReports">),
    editUntil: t("tools.editUntil", { time: "{time}" }),
    body: t("body"),
    hiddenReason: t("hiddenReason", { reason: "{reason}" }),
    hiddenByReports: t("hiddenByReports"),
  };
  const reasons = ideaReportReasons.map((value) => ({ value, label: tReport(`reasons.${value}`) }));
  const item = { locale, readerQuery, returnTo, reasons, toolLabels };

  return (
    <section id="discussion" aria-labelledby="discussion-title" className="scroll-mt-24 space-y-5 border-t border-slate-200 pt-6">
      <h2 id="discussion-title" className="text-2xl font-bold">
        {t("title")} <span className="text-base font-normal text-slate-600">({t("count", { count: idea.commentCount })})</span>
      </h2>
      {!after && (
        <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h3 className="mb-3 font-semibold">{t("newComment")}</h3>
          <CommentFormIsland locale={locale} ideaId={idea.id} query={readerQuery} returnTo={returnTo} signInHref={signInHref} accountHref={accountHref} labels={formLabels} />
        </div>
      )}
      {threads.length === 0 && !after && <p className="text-slate-700">{t("empty")}</p>}
      <ol className="space-y-4">
        {threads.map((thread) => (
          <li key={thread.id}>
            <CommentItem comment={thread} {...item}>
              {thread.replies.length > 0 && (
                <ol aria-label={t("replies")} className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem comment={reply} {...item} />
                    </li>
                  ))}
                </ol>
              )}
              {thread.state === "visible" && (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-azblue-700 underline underline-offset-2">{t("reply")}</summary>
                  <div className="mt-2">
                    <CommentFormIsland
                      locale={locale}
                      ideaId={idea.id}
                      parentId={thread.id}
                      query={readerQuery}
                      returnTo={returnTo}
                      signInHref={signInHref}
                      accountHref={accountHref}
                      labels={{ ...formLabels, body: t("replyTo", { name: thread.authorName ?? t("anonymous") }), submit: t("replySubmit") }}
                    />
                  </div>
                </details>
              )}
            </CommentItem>
          </li>
        ))}
      </ol>
      {(next || after) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
          {after && (
            <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.id) }, hash: "discussion" }} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("newest")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/centenaire/[id]", params: { id: String(idea.id) }, query: { comments: encodeCursor(next) }, hash: "discussion" }} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
