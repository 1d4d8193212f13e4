import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { EventForm } from "@/components/agenda/admin/event-form";
import { eventFormProps } from "@/components/agenda/admin/event-form-props";
import { getPathname, Link } from "@/i18n/navigation";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";
import { organisationsOf } from "@/server/organisations/membership";
import { organiserField } from "@/lib/validation/event";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agenda/nouveau">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AgendaAdmin" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewEventPage({ params }: PageProps<"/[locale]/admin/agenda/nouveau">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin/agenda/nouveau", locale }));
  const t = await getTranslations({ locale, namespace: "AgendaAdmin" });
  const mine = await organisationsOf(user);
  const { labels, categories, organisers } = await eventFormProps(locale);
  // Ticked at first: an editor's one organisation; for an editor of several, the Cultural Centre, whose
  // agenda this was before events had organisers (DESIGN.md). The editor changes it as needed.
  const preset = mine.length === 1 ? mine[0] : mine.find((organisation) => organisation === "cultural_centre");
  const initial = preset ? { [organiserField(preset)]: "on" } : {};
  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <Link href="/admin/agenda" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("backToList")}
      </Link>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <EventForm locale={locale} eventId={null} initial={{ reminderHours: "48", ...initial }} categories={categories} organisers={organisers} labels={labels} />
    </div>
  );
}
