import { getLocale, getTranslations } from "next-intl/server";
import { ArticleMeta } from "@/components/news/article-meta";
import { CoverImage } from "@/components/cover-image";
import { MarkdownBody } from "@/components/markdown-body";
import { routing, type Locale } from "@/i18n/routing";
import { markdownBlocks } from "@/lib/markdown";
import type { PublicArticle } from "@/server/news/public-article";

const column: Record<Locale, string> = { fr: "md:col-start-1 border-azblue-600", az: "md:col-start-2 border-azgreen-600" };

/**
 * Both versions, block by block (paragraph, heading, list): on a wide screen
 * two columns, French on the left; on a phone one column where the blocks
 * alternate. Each block carries its `lang`, and is rendered and sanitized
 * alone by lib/markdown.ts, like the whole body.
 */
export async function ArticleSideBySide({ article }: { article: PublicArticle }) {
  const t = await getTranslations("News");
  const reader = (await getLocale()) as Locale;
  const locales = routing.locales.filter((l) => article.versions[l]);
  const blocks = Object.fromEntries(locales.map((l) => [l, markdownBlocks(article.versions[l]!.body)])) as Record<Locale, string[]>;
  const rows = Math.max(...locales.map((l) => blocks[l].length));
  const cell = (l: Locale) => `border-l-4 pl-3 ${column[l]}`;

  return (
    <>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.versions[reader]?.title ?? article.title}</h1>
        <ArticleMeta publishedAt={article.publishedAt} organisation={article.organisation} signers={article.signers} />
      </header>
      {article.coverImage && <CoverImage name={article.coverImage} alt={article.versions[reader]?.coverAlt ?? article.coverAlt} priority />}
      <section aria-label={t("bothCaption")} className="grid gap-x-8 gap-y-4 md:grid-cols-2">
        {locales.map((l) => (
          <h2 key={l} className={`hidden text-sm font-semibold uppercase tracking-wide text-slate-600 md:block ${column[l]}`}>
            {t(`language.${l}`)}
          </h2>
        ))}
        {locales.map((l) => (
          <div key={`title-${l}`} lang={l} className={`space-y-2 ${cell(l)}`}>
            <p className="text-xl font-semibold leading-snug">{article.versions[l]!.title}</p>
            <p className="text-lg leading-relaxed text-slate-700">{article.versions[l]!.summary}</p>
          </div>
        ))}
        {Array.from({ length: rows }, (_, index) =>
          locales.map((l) =>
            blocks[l][index] ? (
              <div key={`${index}-${l}`} lang={l} className={cell(l)}>
                <MarkdownBody markdown={blocks[l][index]} />
              </div>
            ) : (
              <div key={`${index}-${l}`} aria-hidden="true" className={`hidden md:block ${column[l]}`} />
            ),
          ),
        )}
      </section>
    </>
  );
}
