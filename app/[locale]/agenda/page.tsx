import { setRequestLocale } from "next-intl/server";
import { AgendaPage, agendaMetadata } from "@/components/agenda/agenda-page";
import type { Locale } from "@/i18n/routing";

// Served from the cache (lib/cached-pages.ts); a view, a category, a month or a later page goes to /[locale]/per-request/agenda.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda">) {
  return agendaMetadata((await params).locale as Locale, {});
}

export default async function CachedAgendaPage({ params }: PageProps<"/[locale]/agenda">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <AgendaPage locale={locale} search={{}} />;
}
