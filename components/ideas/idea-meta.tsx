import { getFormatter, getTranslations } from "next-intl/server";
import type { IdeaCategory } from "@/db/schema";
import type { Locale } from "@/i18n/routing";

type Props = {
  locale: Locale;
  idea: { category: IdeaCategory; language: Locale; authorName: string | null; publishedAt: Date | null };
};

/** Category, author (or "anonymous"), date and language of an idea. */
export async function IdeaMeta({ locale, idea }: Props) {
  const t = await getTranslations({ locale, namespace: "Ideas" });
  const format = await getFormatter({ locale });
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-800">{t(`categories.${idea.category}`)}</span>
      <span className="[overflow-wrap:anywhere]">
        {idea.authorName ? t("by", { name: idea.authorName }) : t("anonymous")}
      </span>
      {idea.publishedAt && <span>{t("publishedOn", { date: format.dateTime(idea.publishedAt, { dateStyle: "long" }) })}</span>}
      <span>{t(`languages.${idea.language}`)}</span>
    </p>
  );
}
