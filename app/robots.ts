import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/fr/admin", "/az/admin", "/fr/compte", "/az/hesab"] },
    sitemap: new URL("/sitemap.xml", env().SITE_URL).toString(),
  };
}
