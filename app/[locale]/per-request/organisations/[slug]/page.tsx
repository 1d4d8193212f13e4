import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { OrganisationPage, organisationMetadata } from "@/components/organisations/organisation-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// A later page of one of an organisation's lists, rendered per request (declared in app/[locale]/organisations/[slug]/variants.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/organisations/[slug]">): Promise<Metadata> {
  return organisationMetadata(await pageLocale(params), (await params).slug, await searchParams);
}

export default async function OrganisationQueryPage({ params, searchParams }: PageProps<"/[locale]/per-request/organisations/[slug]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <OrganisationPage locale={locale} slug={(await params).slug} search={await searchParams} />;
}
