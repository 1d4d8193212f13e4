import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/news/article-page";
import type { Locale } from "@/i18n/routing";

// Served from the cache (lib/cached-pages.ts): no article is prerendered at build, each is cached at its first visit.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/actualites/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return articleMetadata(locale, slug);
}

export default async function Page({ params }: PageProps<"/[locale]/actualites/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return <ArticlePage locale={locale} slug={slug} />;
}
