import { setRequestLocale } from "next-intl/server";
import { ProgrammePage, programmeMetadata } from "@/components/ideas/milestones/programme-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache, the same HTML for every reader; its addresses with a query (a filter, a later page) are declared in ./variants.ts.
// A fixed segment: Next serves it before the idea's "[id]" beside it.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/programme">) {
  return programmeMetadata(await pageLocale(params));
}

export default async function CachedProgrammePage({ params }: PageProps<"/[locale]/centenaire/programme">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <ProgrammePage locale={locale} query={{}} />;
}
