import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleJsonLd } from "@/components/news/article-json-ld";
import { ArticleMeta } from "@/components/news/article-meta";
import { ArticleSideBySide } from "@/components/news/article-side-by-side";
import { CoverImage } from "@/components/cover-image";
import { MarkdownBody } from "@/components/markdown-body";
import { Link } from "@/i18n/navigation";
import { openGraphLocales, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { articleAlternates, articlePath, articleUrls } from "@/lib/news/article-urls";
import { otherLocale } from "@/lib/news/translation-sync";
import { uploadUrl } from "@/lib/upload-names";
import { findPublicArticle } from "@/server/news/public-article";

// Metadata and page ask once per request.
const lookup = cache(findPublicArticle);

/** An article's metadata; the side-by-side reading has the same, its canonical address the article's own. */
export async function articleMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const found = await lookup(locale, slug);
  if (found.kind !== "article") return {};
  const { article } = found;
  const tSite = await getTranslations({ locale, namespace: "Metadata" });
  // A version shown in place of a missing one is the same text: its own page is the canonical one.
  const canonical = articleUrls(article.slugs)[article.textLocale];
  const image = article.coverImage ? new URL(uploadUrl(article.coverImage), env().SITE_URL).toString() : undefined;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical, languages: articleAlternates(article.slugs) },
    openGraph: {
      type: "article",
      url: canonical,
      siteName: tSite("siteName"),
      title: article.title,
      description: article.summary,
      ...openGraphLocales(article.textLocale, article.slugs),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      ...(image ? { images: [{ url: image }] } : {}),
    },
  };
}

const linkClass = "text-sm font-medium text-azblue-700 underline underline-offset-2";

/**
 * An article, in the reader's language (or the other when it has only that
 * one), or both side by side (`both`, app/[locale]/actualites/[slug]/variants.ts)
 * when it has both. The same HTML for every reader: it is cached.
 */
export async function ArticlePage({ locale, slug, both = false }: { locale: Locale; slug: string; both?: boolean }) {
  setRequestLocale(locale);
  const found = await lookup(locale, slug);
  // An old slug, or the other language's: 308 to the address this version has now.
  if (found.kind === "redirect") permanentRedirect(`${articlePath(found.slug, locale)}${both ? "?view=both" : ""}`);
  if (found.kind !== "article") notFound();
  const { article } = found;
  const t = await getTranslations("News");
  const tSite = await getTranslations("Metadata");
  const fallback = article.textLocale !== locale;
  const lang = fallback ? article.textLocale : undefined;
  const other = otherLocale(article.textLocale);
  const bilingual = Boolean(article.slugs.fr && article.slugs.az);
  const ownSlug = article.slugs[article.textLocale]!;

  return (
    <article className={`mx-auto space-y-6 ${both && bilingual ? "max-w-6xl" : "max-w-3xl"}`}>
      <ArticleJsonLd
        url={articleUrls(article.slugs)[article.textLocale]!}
        headline={article.title}
        description={article.summary}
        inLanguage={article.textLocale}
        datePublished={article.publishedAt}
        dateModified={article.updatedAt}
        image={article.coverImage ? new URL(uploadUrl(article.coverImage), env().SITE_URL).toString() : undefined}
        organisations={article.signers.map((signer) => t(`organisation.${signer}`))}
        publisher={tSite("siteName")}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/actualites" className={linkClass}>
          {t("back")}
        </Link>
        {bilingual && (
          <Link href={{ pathname: "/actualites/[slug]", params: { slug: ownSlug }, query: both ? {} : { view: "both" } }} className={linkClass}>
            {both ? t("oneView") : t("bothView")}
          </Link>
        )}
      </div>
      {fallback && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-medium text-amber-900">
          {t(`onlyIn.${article.textLocale}`)}
        </p>
      )}
      {both && bilingual ? (
        <ArticleSideBySide article={article} />
      ) : (
        <>
          <header className="space-y-3">
            <h1 lang={lang} className="text-3xl font-bold leading-tight sm:text-4xl">
              {article.title}
            </h1>
            <ArticleMeta publishedAt={article.publishedAt} organisation={article.organisation} signers={article.signers} />
            <p lang={lang} className="text-lg leading-relaxed text-slate-700">
              {article.summary}
            </p>
          </header>
          {/* The other version's text changed since this one was written: said beside the text, with the way to the other. */}
          {article.outOfDate && article.slugs[other] && (
            <p role="note" lang={article.textLocale} className="border-l-4 border-amber-400 pl-3 text-sm text-slate-700">
              {t("outOfDate", { other })}{" "}
              <Link href={{ pathname: "/actualites/[slug]", params: { slug: article.slugs[other] } }} locale={other} hrefLang={other} className="font-medium text-azblue-700 underline underline-offset-2">
                {t("readOther", { other })}
              </Link>
            </p>
          )}
          {article.coverImage && <CoverImage name={article.coverImage} alt={article.coverAlt} lang={lang} priority />}
          <MarkdownBody markdown={article.body} lang={lang} />
        </>
      )}
    </article>
  );
}
