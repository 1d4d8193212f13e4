import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/news/article-card";
import { SearchBoxForm } from "@/components/search/search-box-form";
import { OrganisationFilter } from "@/components/news/organisation-filter";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { readListParams } from "@/lib/news/list-params";
import { absoluteUrl, pageAlternates } from "@/lib/site-url";
import { listPublicArticles } from "@/server/news/public-list";

type SearchParams = Record<string, string | string[] | undefined>;

export async function newsListMetadata(locale: Locale, search: SearchParams): Promise<Metadata> {
  const { query, organisation, after } = readListParams(search);
  const t = await getTranslations({ locale, namespace: "News" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      canonical: absoluteUrl("/actualites", locale),
      languages: pageAlternates("/actualites"),
      types: { "application/rss+xml": `/${locale}/rss.xml` },
    },
    // Searches and later pages are for readers, not for search engines.
    robots: query || organisation || after ? { index: false, follow: true } : undefined,
  };
}

/** The news list: the cached page passes no query, its per-request variant the address's. */
export async function NewsListPage({ locale, search }: { locale: Locale; search: SearchParams }) {
  const { query, organisation, after } = readListParams(search);
  const t = await getTranslations("News");
  const { articles, next } = await listPublicArticles({ locale, organisation, query, after });
  const keep = { ...(query ? { q: query } : {}), ...(organisation ? { org: organisation } : {}) };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-x-4">
          <Link href="/abonnement" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
            {t("byEmail")}
          </Link>
          <a href={`/${locale}/rss.xml`} className="text-sm font-medium text-azblue-700 underline underline-offset-2">
            {t("rss")}
          </a>
        </div>
      </div>
      <SearchBoxForm id="news-search" action={getPathname({ href: "/actualites", locale })} label={t("search.label")} submit={t("search.submit")} query={query} hidden={{ org: organisation }} />
      <OrganisationFilter current={organisation} query={query} />
      <div aria-live="polite">
        {query && <p className="font-medium">{t(articles.length ? "search.resultsFor" : "search.noResults", { query: query.slice(0, 200) })}</p>}
        {!query && articles.length === 0 && <p>{t("empty")}</p>}
      </div>
      {articles.length > 0 && (
        <ul className="space-y-6">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      )}
      {(after || next) && (
      <nav aria-label={t("pagination.label")} className="flex flex-wrap gap-4">
        {after && (
          <Link href={{ pathname: "/actualites", query: keep }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("pagination.first")}
          </Link>
        )}
        {next && (
          <Link href={{ pathname: "/actualites", query: { ...keep, after: next } }} className="font-medium text-azblue-700 underline underline-offset-2">
            {t("pagination.older")}
          </Link>
        )}
      </nav>
      )}
    </div>
  );
}
