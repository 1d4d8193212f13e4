import { setRequestLocale } from "next-intl/server";
import { AgendaPage, agendaMetadata } from "@/components/agenda/agenda-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

// A view, a category, a month or a later page of the agenda, rendered per request (declared in app/[locale]/agenda/variants.ts).
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/per-request/agenda">) {
  return agendaMetadata(await pageLocale(params), await searchParams);
}

export default async function AgendaQueryPage({ params, searchParams }: PageProps<"/[locale]/per-request/agenda">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return <AgendaPage locale={locale} search={await searchParams} />;
}
