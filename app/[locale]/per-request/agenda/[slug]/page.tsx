import { setRequestLocale } from "next-intl/server";
import { EventPage, eventMetadata } from "@/components/agenda/event-page";
import { getCurrentUser } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

// An event as a signed-in reader sees it (their registration), rendered per request (see lib/cached-pages.ts).
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/agenda/[slug]">) {
  return eventMetadata(await pageLocale(params), (await params).slug);
}

export default async function MemberEventPage({ params }: PageProps<"/[locale]/per-request/agenda/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  setRequestLocale(locale);
  return <EventPage locale={locale} slug={slug} caller={await getCurrentUser()} />;
}
