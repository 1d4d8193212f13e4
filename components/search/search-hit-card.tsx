import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { SearchHit } from "@/server/search/site-search";
import { HighlightedText } from "./highlighted-text";

function hitHref(hit: SearchHit) {
  if (hit.kind === "news") return { pathname: "/actualites/[slug]" as const, params: { slug: hit.key } };
  if (hit.kind === "events") return { pathname: "/agenda/[slug]" as const, params: { slug: hit.key } };
  return { pathname: "/centenaire/[id]" as const, params: { id: hit.key } };
}

/** One result: its title as a link and an excerpt, the matched words marked, in the language they are written in. */
export async function SearchHitCard({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  const t = await getTranslations("Search");
  const locale = await getLocale();
  const format = await getFormatter();
  const otherLanguage = hit.lang !== locale;
  return (
    <article className="space-y-1 border-b border-slate-200 pb-4">
      <h3 className="text-lg font-semibold leading-snug" lang={otherLanguage ? hit.lang : undefined}>
        <Link href={hitHref(hit)} className="text-azblue-900 hover:text-azblue-700 hover:underline">
          <HighlightedText text={hit.title} terms={terms} />
        </Link>
      </h3>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <time dateTime={hit.date.toISOString()}>{format.dateTime(hit.date, { dateStyle: "long" })}</time>
        {otherLanguage && (
          <span className="rounded-full border border-slate-300 bg-slate-50 px-2.5 py-0.5 text-xs font-medium text-slate-700">{t(`writtenIn.${hit.lang}`)}</span>
        )}
      </p>
      {hit.excerpt && (
        <p className="leading-relaxed text-slate-700" lang={otherLanguage ? hit.lang : undefined}>
          <HighlightedText text={hit.excerpt} terms={terms} />
        </p>
      )}
    </article>
  );
}
