import { setRequestLocale } from "next-intl/server";
import { NewsListPage, newsListMetadata } from "@/components/news/news-list-page";
import { pageLocale } from "@/i18n/page-locale";

// A search of the news, one cached page per query (declared in app/[locale]/actualites/variants.ts):
// rendered at its first request, then served from the cache until a change to the news.
export const revalidate = 60;

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

export async function generateMetadata({ params }: PageProps<"/[locale]/per-query/actualites/[q]">) {
  return newsListMetadata(await pageLocale(params), { q: typedQuery((await params).q) });
}

export default async function NewsSearchResultsPage({ params }: PageProps<"/[locale]/per-query/actualites/[q]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <NewsListPage locale={locale} search={{ q: typedQuery((await params).q) }} />;
}
