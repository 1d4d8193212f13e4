import { setRequestLocale } from "next-intl/server";
import { IdeasGallery, galleryMetadata } from "@/components/ideas/ideas-gallery";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// The ideas gallery with a search and a filter, a sort, or a later page, rendered per request (declared in app/[locale]/centenaire/variants.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire">) {
  return galleryMetadata(await pageLocale(params), await searchParams);
}

export default async function CentenaryQueryPage({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeasGallery locale={locale} query={await searchParams} />;
}
