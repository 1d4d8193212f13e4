import { setRequestLocale } from "next-intl/server";
import { IdeaPage, ideaMetadata } from "@/components/ideas/idea-page";
import { getCurrentUser } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

// One idea as a signed-in reader sees it (their own, their support, the editor's panel), rendered per request (see lib/cached-pages.ts).
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  return ideaMetadata(await getCurrentUser(), (await params).id);
}

export default async function MemberIdeaPage({ params, searchParams }: PageProps<"/[locale]/per-request/centenaire/[id]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <IdeaPage locale={locale} id={(await params).id} caller={await getCurrentUser()} query={await searchParams} />;
}
