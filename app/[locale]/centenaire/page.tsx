import { setRequestLocale } from "next-intl/server";
import { IdeasGallery, galleryMetadata } from "@/components/ideas/ideas-gallery";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts), as a visitor sees it; a filter, a sort or a later page goes to /[locale]/per-request/centenaire; the reader's supports are islands.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire">) {
  return galleryMetadata(await pageLocale(params));
}

export default async function CentenaryPage({ params }: PageProps<"/[locale]/centenaire">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeasGallery locale={locale} query={{}} />;
}
