import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { readSearchParams, searchKinds, type SearchKind } from "@/lib/search/search-params";
import { absoluteUrl, pageAlternates } from "@/lib/site-url";
import { searchSite, type SearchGroup } from "@/server/search/site-search";
import { SearchHitCard } from "./search-hit-card";
import { SearchBoxForm } from "./search-box-form";

type SearchParams = Record<string, string | string[] | undefined>;

export async function siteSearchMetadata(locale: Locale, search: SearchParams): Promise<Metadata> {
  const { query } = readSearchParams(search);
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    title: query ? t("titleFor", { query: query.slice(0, 100) }) : t("title"),
    description: t("description"),
    alternates: { canonical: absoluteUrl("/recherche", locale), languages: pageAlternates("/recherche") },
    // Results are for readers, not for search engines.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

const linkClass = "font-medium text-azblue-700 underline underline-offset-2";

/** The one search: news, events and public ideas, grouped by kind; with `kind`, one kind paged. */
export async function SiteSearchPage({ locale, search }: { locale: Locale; search: SearchParams }) {
  const { query, kind, page } = readSearchParams(search);
  const t = await getTranslations("Search");
  const { terms, groups } = query ? await searchSite({ locale, query, kind, page }) : { terms: [], groups: {} };
  const shown = searchKinds.filter((each) => groups[each]);
  const found = shown.some((each) => groups[each]!.hits.length > 0);

  const group = (each: SearchKind, results: SearchGroup) => (
    <section key={each} aria-labelledby={`results-${each}`} className="space-y-4">
      <h2 id={`results-${each}`} className="text-2xl font-bold">
        {t(`kinds.${each}`)}
      </h2>
      {results.hits.length === 0 ? (
        <p className="text-slate-700">{t(`nothingIn.${each}`)}</p>
      ) : (
        <ul className="space-y-4">
          {results.hits.map((hit) => (
            <li key={hit.key}>
              <SearchHitCard hit={hit} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {!kind && results.more && (
        <p>
          <Link href={{ pathname: "/recherche", query: { q: query, kind: each } }} className={linkClass}>
            {t(`moreIn.${each}`)}
          </Link>
        </p>
      )}
      {kind && (page > 1 || results.more) && (
        <nav aria-label={t("pagination.label")} className="flex flex-wrap gap-4">
          {page > 1 && (
            <Link href={{ pathname: "/recherche", query: { q: query, kind, ...(page > 2 ? { page: String(page - 1) } : {}) } }} className={linkClass}>
              {t("pagination.previous")}
            </Link>
          )}
          {results.more && (
            <Link href={{ pathname: "/recherche", query: { q: query, kind, page: String(page + 1) } }} className={linkClass}>
              {t("pagination.next")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <SearchBoxForm id="site-search" action={getPathname({ href: "/recherche", locale })} label={t("label")} hint={t("hint")} submit={t("submit")} query={query} />
      <div aria-live="polite">
        {query && <p className="font-medium">{t(found ? "resultsFor" : "noResults", { query: query.slice(0, 200) })}</p>}
      </div>
      {kind && (
        <p>
          <Link href={{ pathname: "/recherche", query: { q: query } }} className={linkClass}>
            {t("allKinds")}
          </Link>
        </p>
      )}
      {found && shown.map((each) => group(each, groups[each]!))}
    </div>
  );
}
