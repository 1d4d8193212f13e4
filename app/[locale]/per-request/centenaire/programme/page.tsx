import { setRequestLocale } from "next-intl/server";
import { ProgrammePage, programmeMetadata } from "@/components/ideas/milestones/programme-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// The action plan with a filter or a later page, rendered per request (declared in app/[locale]/centenaire/programme/variants.ts).
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/centenaire/programme">) {
  return programmeMetadata(await pageLocale(params));
}

export default async function ProgrammeQueryPage({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire/programme">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <ProgrammePage locale={locale} query={await searchParams} />;
}
