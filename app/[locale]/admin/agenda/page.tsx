import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { EventAdminTable } from "@/components/agenda/admin/event-admin-table";
import { getPathname, Link } from "@/i18n/navigation";
import { listEventsForEditor } from "@/server/agenda/editor-queries";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agenda">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AgendaAdmin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AgendaAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/agenda">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin/agenda", locale }));
  const { after, deleted } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AgendaAdmin" });
  const { rows, next } = await listEventsForEditor(user, typeof after === "string" ? after : null);

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href="/admin/agenda/nouveau" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
          {t("new")}
        </Link>
      </div>
      {deleted === "1" && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 font-medium text-green-900">
          {t("deleted")}
        </p>
      )}
      {rows.length === 0 ? <p>{t("empty")}</p> : <EventAdminTable rows={rows} />}
      {(after || next) && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {after && (
            <Link href="/admin/agenda" className="font-medium text-azblue-700 underline underline-offset-2">
              {t("first")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/admin/agenda", query: { after: next } }} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("earlier")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
