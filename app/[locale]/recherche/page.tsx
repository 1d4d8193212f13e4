import { setRequestLocale } from "next-intl/server";
import { SiteSearchPage, siteSearchMetadata } from "@/components/search/site-search-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache, the same HTML for every reader; its addresses with a query are declared in ./variants.ts.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/recherche">) {
  return siteSearchMetadata(await pageLocale(params), {});
}

export default async function SearchPage({ params }: PageProps<"/[locale]/recherche">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <SiteSearchPage locale={locale} search={{}} />;
}
