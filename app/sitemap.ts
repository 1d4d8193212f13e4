import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { sitemapEntries } from "@/server/sitemap";

// Read at request time: drafts and scheduled entries must never appear, and the build has no database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return sitemapEntries();
}
