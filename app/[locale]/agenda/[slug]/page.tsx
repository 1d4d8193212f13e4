import { setRequestLocale } from "next-intl/server";
import { EventPage, eventMetadata } from "@/components/agenda/event-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts), the same HTML for every reader: their registration is an island (components/reader/).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda/[slug]">) {
  return eventMetadata(await pageLocale(params), (await params).slug);
}

export default async function CachedEventPage({ params }: PageProps<"/[locale]/agenda/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  setRequestLocale(locale);
  return <EventPage locale={locale} slug={slug} />;
}
