import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { routing, type AppPathname } from "@/i18n/routing";
import { articleAlternates, articleUrls } from "@/lib/news/article-urls";
import { absoluteUrl } from "@/lib/site-url";
import { listPublicArticleSlugs } from "@/server/news/feeds";

const publicPages: AppPathname[] = ["/", "/actualites", "/agenda", "/centenaire", "/confidentialite"];

function staticPages(): MetadataRoute.Sitemap {
  return publicPages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(page, locale),
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((other) => [other, absoluteUrl(page, other)])),
          "x-default": absoluteUrl(page, routing.defaultLocale),
        },
      },
    })),
  );
}

// Read at request time: drafts and scheduled articles must never appear, and the build has no database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const articles = await listPublicArticleSlugs();
  const articlePages = articles.flatMap((article) => {
    const languages = articleAlternates(article.slugs);
    return Object.values(articleUrls(article.slugs)).map((url) => ({ url, lastModified: article.updatedAt, alternates: { languages } }));
  });
  return [...staticPages(), ...articlePages];
}
