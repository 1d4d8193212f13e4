import { setRequestLocale } from "next-intl/server";
import { IdeasGallery, galleryMetadata } from "@/components/ideas/ideas-gallery";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache, the same HTML for every reader (their supports are islands, components/reader/); its addresses with a query
// (a category, a sort, a later page) are declared in ./variants.ts.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire">) {
  return galleryMetadata(await pageLocale(params));
}

export default async function CentenaryPage({ params }: PageProps<"/[locale]/centenaire">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeasGallery locale={locale} query={{}} />;
}
