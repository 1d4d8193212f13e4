import { setRequestLocale } from "next-intl/server";
import { SiteSearchPage, siteSearchMetadata } from "@/components/search/site-search-page";
import { pageLocale } from "@/i18n/page-locale";

// A search, one cached page per query (declared in app/[locale]/recherche/variants.ts):
// rendered at its first request, then served from the cache until a change to what it searches.
export const revalidate = 300;

// None at build (it never opens the database); each query is rendered when first asked.
export function generateStaticParams() {
  return [];
}

/** The query as typed: Next hands it over as it wrote it in the path, percent-encoded. */
function typedQuery(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/per-query/recherche/[q]">) {
  return siteSearchMetadata(await pageLocale(params), { q: typedQuery((await params).q) });
}

export default async function SearchResultsPage({ params }: PageProps<"/[locale]/per-query/recherche/[q]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <SiteSearchPage locale={locale} search={{ q: typedQuery((await params).q) }} />;
}
