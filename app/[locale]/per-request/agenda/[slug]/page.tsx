import { setRequestLocale } from "next-intl/server";
import { EventPage, eventMetadata } from "@/components/agenda/event-page";
import type { Locale } from "@/i18n/routing";
import { getCurrentUser } from "@/server/session";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

// An event as a signed-in reader sees it (their registration), rendered per request (see lib/cached-pages.ts).
export async function generateMetadata({ params }: PageProps<"/[locale]/per-request/agenda/[slug]">) {
  const { locale, slug } = await params;
  return eventMetadata(locale as Locale, slug);
}

export default async function MemberEventPage({ params }: PageProps<"/[locale]/per-request/agenda/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  return <EventPage locale={locale} slug={slug} caller={await getCurrentUser()} />;
}
