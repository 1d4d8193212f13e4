import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable, kindLabel } from "@/components/admin/audit-table";
import { Pager } from "@/components/admin/pager";
import { getPathname } from "@/i18n/navigation";
import { listAuditEntries, listAuditFilterChoices } from "@/server/audit-log";
import { adminRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/journal">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminAudit" });
  return { title: t("title"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/admin/journal">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const caller = await requireRole(adminRoles, locale, getPathname({ href: "/admin/journal", locale }));
  const query = await searchParams;
  const filter = { actorId: one(query.actor), action: one(query.kind), cursor: one(query.after) };
  const [entries, choices] = await Promise.all([listAuditEntries(caller, filter), listAuditFilterChoices(caller)]);
  if (!entries || !choices) forbidden();
  const t = await getTranslations({ locale, namespace: "AdminAudit" });
  const filters = { ...(filter.actorId ? { actor: filter.actorId } : {}), ...(filter.action ? { kind: filter.action } : {}) };

  return (
    <div>
      <AdminNav role={caller.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <AuditFilterForm
          action={getPathname({ href: "/admin/journal", locale })}
          actors={choices.actors}
          kinds={choices.actions.map((action) => ({ value: action, label: kindLabel(t, action) }))}
          selected={{ actor: filter.actorId, kind: filter.action }}
        />
      </div>
      <div className="mt-6">{entries.rows.length === 0 ? <p>{t("empty")}</p> : <AuditTable rows={entries.rows} locale={locale} />}</div>
      <Pager
        label={t("pagination")}
        previous={filter.cursor ? { href: { pathname: "/admin/journal", query: filters }, text: t("newest") } : undefined}
        next={entries.nextCursor ? { href: { pathname: "/admin/journal", query: { ...filters, after: entries.nextCursor } }, text: t("older") } : undefined}
      />
    </div>
  );
}
