import { setRequestLocale } from "next-intl/server";
import { NewsListPage, newsListMetadata } from "@/components/news/news-list-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts); a search, a filter or a later page goes to /[locale]/per-request/actualites.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/actualites">) {
  return newsListMetadata(await pageLocale(params), {});
}

export default async function NewsPage({ params }: PageProps<"/[locale]/actualites">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <NewsListPage locale={locale} search={{}} />;
}
