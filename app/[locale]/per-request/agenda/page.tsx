import { setRequestLocale } from "next-intl/server";
import { AgendaPage, agendaMetadata } from "@/components/agenda/agenda-page";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

// A view, a category, a month or a later page of the agenda, rendered per request (see lib/cached-pages.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/agenda">) {
  return agendaMetadata(await pageLocale(params), await searchParams);
}

export default async function AgendaQueryPage({ params, searchParams }: PageProps<"/[locale]/per-request/agenda">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <AgendaPage locale={locale} search={await searchParams} />;
}
