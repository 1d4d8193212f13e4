import { getFormatter, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { encodeCursor, type IdeaCursor } from "@/lib/ideas/cursor";
import { renderCommentMarkdown } from "@/lib/markdown";
import { listCommentQueue, type CommentQueueKind } from "@/server/ideas/comments/queue";
import type { CurrentUser } from "@/server/users";
import { HideCommentForm, RestoreCommentForm } from "./comment-moderation-forms";

type Props = { locale: Locale; user: CurrentUser; kind: CommentQueueKind; after?: IdeaCursor };

/** One list of the comment moderation page: reported comments (hide or keep) or hidden ones (put back). */
export async function CommentQueueSection({ locale, user, kind, after }: Props) {
  const t = await getTranslations({ locale, namespace: "CommentsAdmin" });
  const tTools = await getTranslations({ locale, namespace: "IdeaComments.tools" });
  const format = await getFormatter({ locale });
  const queue = await listCommentQueue(user, kind, after);
  if (!queue) return null;
  const returnTo = getPathname({ href: "/admin/commentaires", locale });
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <section id={kind} aria-labelledby={`${kind}-title`} className="space-y-4">
      <h2 id={`${kind}-title`} className="text-2xl font-bold">
        {t(kind)}
      </h2>
      {queue.comments.length === 0 && <p className="text-slate-700">{t("empty")}</p>}
      <ul className="space-y-4">
        {queue.comments.map((comment) => (
          <li key={comment.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
              <Link href={{ pathname: "/centenaire/[id]", params: { id: String(comment.ideaId) } }} className="font-medium text-azblue-700 underline underline-offset-2">
                {t("onIdea", { title: comment.ideaTitle })}
              </Link>{" "}
              · {t("by", { name: comment.authorName ?? "—", date: date(comment.createdAt) })}
              {comment.reportCount > 0 && <> · {t("reports", { count: comment.reportCount })}</>}
            </p>
            <div lang={comment.language} className="space-y-2 border-l-4 border-slate-200 pl-3 text-slate-800 [overflow-wrap:anywhere] [&_a]:text-azblue-700 [&_a]:underline" dangerouslySetInnerHTML={{ __html: renderCommentMarkdown(comment.body) }} />
            {comment.hiddenAt && (
              <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
                {comment.hiddenReason ? t("hiddenBy", { date: date(comment.hiddenAt), reason: comment.hiddenReason }) : t("hiddenByReports", { date: date(comment.hiddenAt) })}
              </p>
            )}
            <div className="flex flex-wrap items-end gap-6">
              {(kind === "reported" || !comment.hiddenReason) && (
                <HideCommentForm locale={locale} commentId={comment.id} returnTo={returnTo} labels={{ reason: tTools("hideReason"), submit: tTools("hideSubmit"), pending: tTools("saving") }} />
              )}
              <RestoreCommentForm locale={locale} commentId={comment.id} labels={{ submit: t("restore"), pending: t("restoring") }} />
            </div>
          </li>
        ))}
      </ul>
      {queue.next && (
        <Link href={{ pathname: "/admin/commentaires", query: { [kind === "reported" ? "afterReported" : "afterHidden"]: encodeCursor(queue.next) }, hash: kind }} className="font-medium text-azblue-700 underline underline-offset-2">
          {t("next")}
        </Link>
      )}
    </section>
  );
}
