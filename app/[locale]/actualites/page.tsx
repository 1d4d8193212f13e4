import { setRequestLocale } from "next-intl/server";
import { NewsListPage, newsListMetadata } from "@/components/news/news-list-page";
import type { Locale } from "@/i18n/routing";

// Served from the cache (lib/cached-pages.ts); a search, a filter or a later page goes to /[locale]/per-request/actualites.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/actualites">) {
  return newsListMetadata((await params).locale as Locale, {});
}

export default async function NewsPage({ params }: PageProps<"/[locale]/actualites">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <NewsListPage locale={locale} search={{}} />;
}
