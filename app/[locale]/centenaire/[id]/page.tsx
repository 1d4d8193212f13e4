import { setRequestLocale } from "next-intl/server";
import { IdeaPage, ideaMetadata } from "@/components/ideas/idea-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts), as a visitor sees it; a signed-in reader goes to /[locale]/per-request/centenaire/[id].
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/[id]">) {
  return ideaMetadata(null, (await params).id);
}

export default async function CachedIdeaPage({ params }: PageProps<"/[locale]/centenaire/[id]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeaPage locale={locale} id={(await params).id} caller={null} query={{}} />;
}
