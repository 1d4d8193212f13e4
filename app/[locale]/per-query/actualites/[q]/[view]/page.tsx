import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/news/article-page";
import { pageLocale } from "@/i18n/page-locale";

// An article read in both languages side by side (`?view=both`, declared in app/[locale]/actualites/[slug]/variants.ts):
// one cached page per article, rendered at its first request, expired with the article (server/news/revalidate.ts).
// `[q]` is the article's slug: the folder is the news searches' one, and Next wants one name per segment.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/per-query/actualites/[q]/[view]">): Promise<Metadata> {
  return articleMetadata(await pageLocale(params), (await params).q);
}

export default async function ArticleSideBySidePage({ params }: PageProps<"/[locale]/per-query/actualites/[q]/[view]">) {
  const { q, view } = await params;
  return <ArticlePage locale={await pageLocale(params)} slug={q} both={view === "both"} />;
}
