import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { organisationOfSlug } from "@/lib/organisation-slugs";
import { newsRss } from "@/server/news/rss-feed";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of one organisation's latest 20 articles written in that language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/organisations/[slug]/rss.xml">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const organisation = organisationOfSlug(slug, locale);
  if (!organisation) notFound();
  return newsRss(locale, organisation);
}
