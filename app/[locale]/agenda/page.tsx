import { setRequestLocale } from "next-intl/server";
import { AgendaPage, agendaMetadata } from "@/components/agenda/agenda-page";
import { pageLocale } from "@/i18n/page-locale";

// Served from the cache, the same HTML for every reader; its addresses with a query (a view, a category, a month, a later page) are declared in ./variants.ts.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda">) {
  return agendaMetadata(await pageLocale(params), {});
}

export default async function CachedAgendaPage({ params }: PageProps<"/[locale]/agenda">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <AgendaPage locale={locale} search={{}} />;
}
