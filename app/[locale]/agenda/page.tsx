import { setRequestLocale } from "next-intl/server";
import { AgendaPage, agendaMetadata } from "@/components/agenda/agenda-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache (lib/cached-pages.ts); a view, a category, a month or a later page goes to /[locale]/per-request/agenda.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda">) {
  return agendaMetadata(await pageLocale(params), {});
}

export default async function CachedAgendaPage({ params }: PageProps<"/[locale]/agenda">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <AgendaPage locale={locale} search={{}} />;
}
