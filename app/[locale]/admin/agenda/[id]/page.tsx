import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { EventDangerZone } from "@/components/agenda/admin/event-danger-zone";
import { EventForm } from "@/components/agenda/admin/event-form";
import { eventFormProps, eventFormValues } from "@/components/agenda/admin/event-form-props";
import { getPathname, Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { eventPath, slugIn } from "@/lib/agenda/event-urls";
import { getEventForEditor } from "@/server/agenda/editor-queries";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";
import { approvalOutcome, JointApprovalPanel } from "@/components/joint/joint-approval-panel";
import { jointStateFor } from "@/server/joint/state";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agenda/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AgendaAdmin" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditEventPage({ params, searchParams }: PageProps<"/[locale]/admin/agenda/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: { pathname: "/admin/agenda/[id]", params: { id } }, locale }));
  const event = await getEventForEditor(user, id);
  if (!event) notFound();
  const { saved, approval } = await searchParams;
  const joint = await jointStateFor(user, "event", event.id);
  const t = await getTranslations({ locale, namespace: "AgendaAdmin" });
  const { labels, categories, organisers } = await eventFormProps(locale);
  const slugs = Object.fromEntries(routing.locales.map((l) => [l, event.versions[l]?.slug]));
  const publicSlug = slugIn(slugs, locale);
  const linkClass = "font-medium text-azblue-700 underline underline-offset-2";

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <Link href="/admin/agenda" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("backToList")}
      </Link>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      {(saved === "created" || saved === "updated" || saved === "cancelled") && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 font-medium text-green-900">
          {t(saved === "cancelled" ? "cancelledDone" : saved === "created" ? "created" : "updated")}
        </p>
      )}
      {(saved === "deleteRefused" || saved === "reasonMissing") && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-azred-600">
          {t(saved === "deleteRefused" ? "deleteRefused" : "reasonMissing")}
        </p>
      )}
      <p className="flex flex-wrap gap-4">
        {event.status === "published" && publicSlug && (
          <a href={eventPath(publicSlug, locale)} className={linkClass}>
            {t("viewPublic")}
          </a>
        )}
        {event.capacity !== null && (
          <Link href={{ pathname: "/admin/agenda/[id]/inscriptions", params: { id } }} className={linkClass}>
            {t("registrationsLink")}
          </Link>
        )}
      </p>
      {joint && <JointApprovalPanel locale={locale} kind="event" id={event.id} state={joint} outcome={approvalOutcome(approval)} />}
      {/* A new key after each save gives the form the saved values and the revision they are at. */}
      <EventForm key={event.revision} locale={locale} eventId={event.id} initial={eventFormValues(event, locale)} categories={categories} organisers={organisers} labels={labels} />
      <EventDangerZone locale={locale} event={event} />
    </div>
  );
}
