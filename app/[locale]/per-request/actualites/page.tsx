import { setRequestLocale } from "next-intl/server";
import { NewsListPage, newsListMetadata } from "@/components/news/news-list-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// A search, a filter or a later page of the news list, rendered per request (declared in app/[locale]/actualites/variants.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/actualites">) {
  return newsListMetadata(await pageLocale(params), await searchParams);
}

export default async function NewsSearchPage({ params, searchParams }: PageProps<"/[locale]/per-request/actualites">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <NewsListPage locale={locale} search={await searchParams} />;
}
