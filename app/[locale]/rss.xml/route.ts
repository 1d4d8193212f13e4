import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { articleUrls } from "@/lib/news/article-urls";
import { absoluteUrl } from "@/lib/site-url";
import { escapeXml } from "@/lib/xml";
import { latestArticlesIn } from "@/server/news/feeds";

// Served from the cache (lib/cached-pages.ts), rendered at the first request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of the latest 20 articles written in that language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/rss.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, tNews, items] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getTranslations({ locale, namespace: "News" }),
    latestArticlesIn(locale, 20),
  ]);
  const self = new URL(`/${locale}/rss.xml`, absoluteUrl("/", locale)).toString();
  const entries = items.map((item) => {
    const link = articleUrls({ [locale]: item.slug })[locale]!;
    return `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(link)}</link>
<guid isPermaLink="false">urn:uuid:${item.id}</guid>
<pubDate>${item.publishedAt.toUTCString()}</pubDate>
<category>${escapeXml(tNews(`organisation.${item.organisation}`))}</category>
<description>${escapeXml(item.summary)}</description>
</item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(`${t("siteName")} · ${tNews("title")}`)}</title>
<link>${escapeXml(absoluteUrl("/actualites", locale))}</link>
<description>${escapeXml(tNews("description"))}</description>
<language>${locale}</language>
${items[0] ? `<lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>\n` : ""}<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
${entries.join("\n")}
</channel>
</rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
