import { setRequestLocale } from "next-intl/server";
import { EventPage, eventMetadata } from "@/components/agenda/event-page";
import type { Locale } from "@/i18n/routing";

// Served from the cache (lib/cached-pages.ts), as a visitor sees it; a signed-in reader goes to /[locale]/per-request/agenda/[slug].
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda/[slug]">) {
  const { locale, slug } = await params;
  return eventMetadata(locale as Locale, slug);
}

export default async function CachedEventPage({ params }: PageProps<"/[locale]/agenda/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  return <EventPage locale={locale} slug={slug} caller={null} />;
}
