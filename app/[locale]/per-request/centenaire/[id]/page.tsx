import { setRequestLocale } from "next-intl/server";
import { IdeaPage, ideaMetadata } from "@/components/ideas/idea-page";
import type { Locale } from "@/i18n/routing";
import { getCurrentUser } from "@/server/session";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

// One idea as a signed-in reader sees it (their own, their support, the editor's panel), rendered per request (see lib/cached-pages.ts).
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  return ideaMetadata(await getCurrentUser(), (await params).id);
}

export default async function MemberIdeaPage({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  return <IdeaPage locale={locale as Locale} id={id} caller={await getCurrentUser()} query={await searchParams} />;
}
