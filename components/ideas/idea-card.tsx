import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PublicIdea } from "@/server/ideas/public";
import { IdeaLine, IdeaText } from "./idea-text";
import { IdeaMeta } from "./idea-meta";
import { PublicAnswer } from "./public-answer";
import { StatusBadge } from "./status-badge";
import { SupportArea } from "./support-area";

type Props = { locale: Locale; idea: PublicIdea; returnTo: string; readerQuery: string };

export async function IdeaCard({ locale, idea, returnTo, readerQuery }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const href = { pathname: "/centenaire/[id]", params: { id: String(idea.id) } } as const;
  return (
    // As tall as its neighbour in the row, the support button at the bottom: the grid has no holes.
    <article className="flex w-full min-w-0 flex-col gap-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      {idea.status === "retained" && <StatusBadge status="retained" label={t("statuses.retained")} />}
      <h3 className="text-xl font-semibold">
        <Link href={href} className="text-azblue-900 hover:underline">
          <IdeaLine text={idea.title} lang={idea.language} />
        </Link>
      </h3>
      <IdeaMeta locale={locale} idea={idea} />
      <IdeaText text={idea.description} lang={idea.language} className="line-clamp-6 text-slate-800" />
      <Link href={href} className="inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("readMore")}
        <span className="sr-only">
          : <IdeaLine text={idea.title} lang={idea.language} />
        </span>
      </Link>
      {idea.publicAnswer && <PublicAnswer locale={locale} answer={idea.publicAnswer} lang={idea.language} by={idea.answeredBy} />}
      {idea.commentCount > 0 && (
        <Link href={{ ...href, hash: "discussion" }} className="text-sm text-slate-700 underline underline-offset-2">
          {t("comments", { count: idea.commentCount })}
        </Link>
      )}
      <div className="mt-auto">
        <SupportArea locale={locale} idea={idea} returnTo={returnTo} readerQuery={readerQuery} />
      </div>
    </article>
  );
}
