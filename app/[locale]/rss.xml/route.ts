import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/site-url";
import { escapeXml } from "@/lib/xml";

// The news pillar fills the feed; until then it is a valid, empty channel.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/rss.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(t("siteName"))}</title>
<link>${escapeXml(absoluteUrl("/actualites", locale))}</link>
<description>${escapeXml(t("description"))}</description>
<language>${locale}</language>
<atom:link href="${escapeXml(new URL(`/${locale}/rss.xml`, absoluteUrl("/", locale)).toString())}" rel="self" type="application/rss+xml"/>
</channel>
</rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
