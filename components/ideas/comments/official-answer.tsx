import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { officialAnswerOf } from "@/server/ideas/comments/list";

/** The editors' reply marked as the official answer, shown under the idea, with a link to its place in the discussion. */
export async function OfficialAnswer({ locale, ideaId }: { locale: Locale; ideaId: number }) {
  const answer = await officialAnswerOf(ideaId);
  if (!answer) return null;
  const t = await getTranslations({ locale, namespace: "IdeaComments" });
  const format = await getFormatter({ locale });
  return (
    <section aria-labelledby="official-answer-title" className="rounded-lg border-l-4 border-azgreen-600 bg-green-50 px-4 py-3">
      <h2 id="official-answer-title" className="font-semibold text-azgreen-600">
        {t("officialTitle")}
      </h2>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
        {t("officialBy", { name: answer.authorName ?? t("anonymous"), date: format.dateTime(answer.createdAt, { dateStyle: "long", timeZone: "Europe/Paris" }) })}
      </p>
      <div lang={answer.language} className="mt-2 space-y-2 text-slate-800 [overflow-wrap:anywhere] [&_a]:text-azblue-700 [&_a]:underline" dangerouslySetInnerHTML={{ __html: answer.html }} />
      <a href={`#comment-${answer.id}`} className="mt-2 inline-block text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("seeInDiscussion")}
      </a>
    </section>
  );
}
