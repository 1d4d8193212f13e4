import { setRequestLocale } from "next-intl/server";
import { NewsListPage, newsListMetadata } from "@/components/news/news-list-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache, the same HTML for every reader; its addresses with a query (a search, a filter, a later page) are declared in ./variants.ts.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/actualites">) {
  return newsListMetadata(await pageLocale(params), {});
}

export default async function NewsPage({ params }: PageProps<"/[locale]/actualites">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <NewsListPage locale={locale} search={{}} />;
}
