import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { PublicComment } from "@/server/ideas/comments/list";
import { CommentToolsIsland, type CommentToolsLabels } from "../../reader/comment-tools-island";

type Props = {
  locale: Locale;
  comment: PublicComment;
  readerQuery: string;
  returnTo: string;
  reasons: { value: string; label: string }[];
  toolLabels: CommentToolsLabels;
  children?: React.ReactNode;
};

const badge = "rounded px-2 py-0.5 text-xs font-semibold";

/** One comment or reply: who wrote it and in what role, when, its text in its own language, and the reader's tools. */
export async function CommentItem({ locale, comment, readerQuery, returnTo, reasons, toolLabels, children }: Props) {
  const t = await getTranslations({ locale, namespace: "IdeaComments" });
  const format = await getFormatter({ locale });
  const visible = comment.state === "visible";
  const date = format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <article id={`comment-${comment.id}`} aria-labelledby={`comment-${comment.id}-by`} className={`scroll-mt-24 rounded-lg border p-4 ${comment.official ? "border-azgreen-600 bg-green-50" : "border-slate-200 bg-white"}`}>
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
        <span id={`comment-${comment.id}-by`} className="font-semibold text-slate-900 [overflow-wrap:anywhere]">
          {visible ? (comment.authorName ?? t("anonymous")) : comment.state === "hidden" ? t("hidden") : t("deleted")}
        </span>
        {comment.byIdeaAuthor && <span className={`${badge} bg-azblue-50 text-azblue-700`}>{t("badges.ideaAuthor")}</span>}
        {comment.byEditor && <span className={`${badge} bg-slate-800 text-white`}>{t("badges.editor")}</span>}
        {comment.official && <span className={`${badge} bg-azgreen-600 text-white`}>{t("badges.official")}</span>}
        <time dateTime={comment.createdAt.toISOString()}>{t("postedOn", { date })}</time>
        {visible && comment.edited && <span>({t("edited")})</span>}
      </header>
      {comment.mergedFrom && (
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("mergedFrom", {
            title: comment.mergedFrom.title,
            quoted: (chunks) => (
              <span lang={comment.mergedFrom!.language} className="italic">
                {chunks}
              </span>
            ),
          })}
        </p>
      )}
      {visible && (
        // Rendered from the member's Markdown and sanitized on the server (lib/markdown.ts): emphasis and links only.
        <div lang={comment.language} className="comment-body mt-2 space-y-2 text-slate-800 [overflow-wrap:anywhere] [&_a]:text-azblue-700 [&_a]:underline" dangerouslySetInnerHTML={{ __html: comment.html }} />
      )}
      {comment.state !== "deleted" && (
        <CommentToolsIsland
          locale={locale}
          commentId={comment.id}
          comment={{ visible, byEditor: comment.byEditor, official: comment.official }}
          query={readerQuery}
          returnTo={returnTo}
          reasons={reasons}
          labels={toolLabels}
        />
      )}
      {children}
    </article>
  );
}
