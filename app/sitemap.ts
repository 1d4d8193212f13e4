import type { MetadataRoute } from "next";
import { routing, type AppPathname } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/site-url";

const publicPages: AppPathname[] = ["/", "/actualites", "/agenda", "/centenaire", "/confidentialite"];

export default function sitemap(): MetadataRoute.Sitemap {
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
