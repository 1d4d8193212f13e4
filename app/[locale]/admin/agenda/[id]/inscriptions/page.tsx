import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { EventMailLog } from "@/components/agenda/admin/event-mail-log";
import { RegistrationTable } from "@/components/agenda/admin/registration-table";
import { getPathname, Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { getEventForEditor, listRegistrationsForEditor } from "@/server/agenda/editor-queries";
import { listEventMail } from "@/server/agenda/event-mail-log";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agenda/[id]/inscriptions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AgendaAdmin.registrations" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EventRegistrationsPage({ params }: PageProps<"/[locale]/admin/agenda/[id]/inscriptions">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: { pathname: "/admin/agenda/[id]/inscriptions", params: { id } }, locale }));
  const [event, registrations, mails] = await Promise.all([getEventForEditor(user, id), listRegistrationsForEditor(user, id), listEventMail(user, id)]);
  if (!event || !registrations || !mails) notFound();
  const t = await getTranslations({ locale, namespace: "AgendaAdmin.registrations" });
  const version = event.versions[locale] ?? routing.locales.map((l) => event.versions[l]).find(Boolean);

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <Link href={{ pathname: "/admin/agenda/[id]", params: { id } }} className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("backToEvent")}
      </Link>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg" lang={version && version.locale !== locale ? version.locale : undefined}>
        {version?.title}
      </p>
      <p className="text-slate-700">{t("summary", { registered: registrations.registered.length, capacity: event.capacity ?? 0, waitlisted: registrations.waitlisted.length })}</p>
      <a href={getPathname({ href: { pathname: "/admin/agenda/[id]/inscriptions.csv", params: { id } }, locale })} download className="inline-block rounded-md border border-azblue-600 px-4 py-2 font-medium text-azblue-700 hover:bg-azblue-50">
        {t("csv")}
      </a>
      <RegistrationTable title={t("registeredTitle")} rows={registrations.registered} numbered={false} />
      <RegistrationTable title={t("waitlistTitle")} rows={registrations.waitlisted} numbered />
      <EventMailLog rows={mails} />
    </div>
  );
}
