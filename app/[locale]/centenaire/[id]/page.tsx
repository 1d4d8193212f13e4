import { setRequestLocale } from "next-intl/server";
import { IdeaPage, ideaMetadata } from "@/components/ideas/idea-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts), the same HTML for every reader: their part is islands (components/reader/); an idea the
// public does not see is at its follow-up page, /[locale]/centenaire/[id]/suivi.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/[id]">) {
  return ideaMetadata(null, (await params).id, await pageLocale(params));
}

export default async function CachedIdeaPage({ params }: PageProps<"/[locale]/centenaire/[id]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeaPage locale={locale} id={(await params).id} caller={null} query={{}} />;
}
