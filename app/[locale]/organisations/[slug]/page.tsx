import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { OrganisationPage, organisationMetadata } from "@/components/organisations/organisation-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts), rendered at its first visit; later pages of its lists are declared in ./variants.ts.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/organisations/[slug]">): Promise<Metadata> {
  return organisationMetadata(await pageLocale(params), (await params).slug, {});
}

export default async function CachedOrganisationPage({ params }: PageProps<"/[locale]/organisations/[slug]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <OrganisationPage locale={locale} slug={(await params).slug} search={{}} />;
}
