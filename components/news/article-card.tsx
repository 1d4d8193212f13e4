import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ArticleCard as Card } from "@/server/news/public-list";
import { ArticleMeta } from "./article-meta";
import { CoverImage } from "../cover-image";

export async function ArticleCard({ article, headingLevel = 2 }: { article: Card; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("News");
  const locale = await getLocale();
  const Heading = `h${headingLevel}` as const;
  const fallback = article.textLocale !== locale;
  return (
    <article className="flex flex-col gap-4 border-b border-slate-200 pb-6 sm:flex-row">
      {article.coverImage && (
        <div className="sm:w-56 sm:shrink-0">
          <CoverImage name={article.coverImage} alt={article.coverAlt} lang={fallback ? article.textLocale : undefined} />
        </div>
      )}
      <div className="min-w-0 flex-1 space-y-2">
        <ArticleMeta publishedAt={article.publishedAt} organisation={article.organisation} signers={article.signers} />
        <Heading className="text-xl font-semibold leading-snug" lang={fallback ? article.textLocale : undefined}>
          <Link href={{ pathname: "/actualites/[slug]", params: { slug: article.slug } }} className="text-azblue-900 hover:text-azblue-700 hover:underline">
            {article.title}
          </Link>
        </Heading>
        {/* A language tag, not a warning: the article exists, in the other language. */}
        {fallback && (
          <p>
            <span className="inline-block rounded-full border border-slate-300 bg-slate-50 px-2.5 py-0.5 text-xs font-medium text-slate-700">
              {t(`onlyInShort.${article.textLocale}`)}
            </span>
          </p>
        )}
        <p className="leading-relaxed text-slate-700" lang={fallback ? article.textLocale : undefined}>
          {article.summary}
        </p>
      </div>
    </article>
  );
}
