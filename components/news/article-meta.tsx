import { getFormatter, getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";

/** When the article was published and which organisation speaks in it. */
export async function ArticleMeta({ publishedAt, organisation }: { publishedAt: Date; organisation: Organisation }) {
  const t = await getTranslations("News");
  const format = await getFormatter();
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <time dateTime={publishedAt.toISOString()}>{format.dateTime(publishedAt, { dateStyle: "long" })}</time>
      <span className="rounded-full bg-azblue-50 px-2.5 py-0.5 font-medium text-azblue-700">{t(`organisation.${organisation}`)}</span>
    </p>
  );
}
