import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { newsRss } from "@/server/news/rss-feed";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of the latest 20 articles written in that language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/rss.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return newsRss(locale);
}
