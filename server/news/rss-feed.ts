import "server-only";
import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/db/schema";
import type { Locale } from "@/i18n/routing";
import { articleUrls } from "@/lib/news/article-urls";
import { organisationFeedHref, organisationHref } from "@/lib/organisations/organisation-urls";
import { absoluteUrl } from "@/lib/site-url";
import { escapeXml } from "@/lib/xml";
import { latestArticlesIn } from "./feeds";

/** RSS 2.0 of the latest 20 articles written in that language: the portal's, or one organisation's. */
export async function newsRss(locale: Locale, organisation?: Organisation): Promise<Response> {
  const [t, tNews, tOrgs, items] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getTranslations({ locale, namespace: "News" }),
    getTranslations({ locale, namespace: "Organisations" }),
    latestArticlesIn(locale, 20, organisation),
  ]);
  const self = organisation ? absoluteUrl(organisationFeedHref(organisation, locale, "rss"), locale) : new URL(`/${locale}/rss.xml`, absoluteUrl("/", locale)).toString();
  const title = organisation ? `${t("siteName")} · ${tNews(`organisation.${organisation}`)}` : `${t("siteName")} · ${tNews("title")}`;
  const link = organisation ? absoluteUrl(organisationHref(organisation, locale), locale) : absoluteUrl("/actualites", locale);
  const description = organisation ? tOrgs("feedDescription", { organisation: tNews(`organisation.${organisation}`) }) : tNews("description");
  const entries = items.map((item) => {
    const itemLink = articleUrls({ [locale]: item.slug })[locale]!;
    return `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(itemLink)}</link>
<guid isPermaLink="false">urn:uuid:${item.id}</guid>
<pubDate>${item.publishedAt.toUTCString()}</pubDate>
${item.signers.map((signer) => `<category>${escapeXml(tNews(`organisation.${signer}`))}</category>`).join("\n")}
<description>${escapeXml(item.summary)}</description>
</item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(title)}</title>
<link>${escapeXml(link)}</link>
<description>${escapeXml(description)}</description>
<language>${locale}</language>
${items[0] ? `<lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>\n` : ""}<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
${entries.join("\n")}
</channel>
</rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
