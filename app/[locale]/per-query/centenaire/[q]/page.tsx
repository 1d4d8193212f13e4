import { setRequestLocale } from "next-intl/server";
import { IdeasGallery, galleryMetadata } from "@/components/ideas/ideas-gallery";
import { pageLocale } from "@/i18n/page-locale";

// A search of the ideas gallery, one cached page per query (declared in app/[locale]/centenaire/variants.ts):
// rendered at its first request, then served from the cache until a change to the ideas.
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

export async function generateMetadata({ params }: PageProps<"/[locale]/per-query/centenaire/[q]">) {
  return galleryMetadata(await pageLocale(params), { q: typedQuery((await params).q) });
}

export default async function IdeasSearchResultsPage({ params }: PageProps<"/[locale]/per-query/centenaire/[q]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeasGallery locale={locale} query={{ q: typedQuery((await params).q) }} />;
}
