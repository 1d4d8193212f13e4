import { setRequestLocale } from "next-intl/server";
import { SiteSearchPage, siteSearchMetadata } from "@/components/search/site-search-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// A later page of one kind of results, or a query the cached variant cannot carry (declared in app/[locale]/recherche/variants.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/recherche">) {
  return siteSearchMetadata(await pageLocale(params), await searchParams);
}

export default async function SearchPerRequestPage({ params, searchParams }: PageProps<"/[locale]/per-request/recherche">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <SiteSearchPage locale={locale} search={await searchParams} />;
}
