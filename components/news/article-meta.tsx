import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { organisationHref } from "@/lib/organisations/organisation-urls";
import type { Organisation } from "@/db/schema";

/** When the article was published and which organisation speaks in it (a link to its page). */
export async function ArticleMeta({ publishedAt, organisation }: { publishedAt: Date; organisation: Organisation }) {
  const t = await getTranslations("News");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <time dateTime={publishedAt.toISOString()}>{format.dateTime(publishedAt, { dateStyle: "long" })}</time>
      <Link href={organisationHref(organisation, locale)} className="rounded-full bg-azblue-50 px-2.5 py-0.5 font-medium text-azblue-700 underline-offset-2 hover:underline">
        {t(`organisation.${organisation}`)}
      </Link>
    </p>
  );
}
