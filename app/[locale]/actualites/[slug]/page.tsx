import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleJsonLd } from "@/components/news/article-json-ld";
import { ArticleMeta } from "@/components/news/article-meta";
import { CoverImage } from "@/components/cover-image";
import { MarkdownBody } from "@/components/markdown-body";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { articleAlternates, articlePath, articleUrls } from "@/lib/news/article-urls";
import { uploadUrl } from "@/lib/upload-names";
import { findPublicArticle } from "@/server/news/public-article";

// Served from the cache (lib/cached-pages.ts): no article is prerendered at build, each is cached at its first visit.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

// Metadata and page ask once per request.
const lookup = cache(findPublicArticle);

const openGraphLocale: Record<Locale, string> = { fr: "fr_FR", az: "az_AZ" };

export async function generateMetadata({ params }: PageProps<"/[locale]/actualites/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
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
      locale: openGraphLocale[article.textLocale],
      alternateLocale: routing.locales.filter((l) => l !== article.textLocale && article.slugs[l]).map((l) => openGraphLocale[l]),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      ...(image ? { images: [{ url: image }] } : {}),
    },
  };
}

export default async function ArticlePage({ params }: PageProps<"/[locale]/actualites/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const found = await lookup(locale, slug);
  // An old slug, or the other language's: 308 to the address this version has now.
  if (found.kind === "redirect") permanentRedirect(articlePath(found.slug, locale));
  if (found.kind !== "article") notFound();
  const { article } = found;
  const t = await getTranslations("News");
  const tSite = await getTranslations("Metadata");
  const fallback = article.textLocale !== locale;
  const lang = fallback ? article.textLocale : undefined;

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <ArticleJsonLd
        url={articleUrls(article.slugs)[article.textLocale]!}
        headline={article.title}
        description={article.summary}
        inLanguage={article.textLocale}
        datePublished={article.publishedAt}
        dateModified={article.updatedAt}
        image={article.coverImage ? new URL(uploadUrl(article.coverImage), env().SITE_URL).toString() : undefined}
        organisation={t(`organisation.${article.organisation}`)}
        publisher={tSite("siteName")}
      />
      <Link href="/actualites" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("back")}
      </Link>
      {fallback && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-medium text-amber-900">
          {t(`onlyIn.${article.textLocale}`)}
        </p>
      )}
      <header className="space-y-3">
        <h1 lang={lang} className="text-3xl font-bold leading-tight sm:text-4xl">
          {article.title}
        </h1>
        <ArticleMeta publishedAt={article.publishedAt} organisation={article.organisation} />
        <p lang={lang} className="text-lg leading-relaxed text-slate-700">
          {article.summary}
        </p>
      </header>
      {article.coverImage && <CoverImage name={article.coverImage} alt={article.coverAlt} lang={lang} priority />}
      <MarkdownBody markdown={article.body} lang={lang} />
    </article>
  );
}
