import { setRequestLocale } from "next-intl/server";
import { IdeaPage, ideaMetadata } from "@/components/ideas/idea-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// An idea with a later page of its discussion, rendered per request (declared in app/[locale]/centenaire/[id]/variants.ts);
// like the cached page, it knows no reader: their part comes from the islands.
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  return ideaMetadata(null, (await params).id, await pageLocale(params));
}

export default async function IdeaDiscussionPage({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeaPage locale={locale} id={(await params).id} caller={null} query={await searchParams} />;
}
