import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { UsersTable } from "@/components/admin/users-table";
import { getPathname } from "@/i18n/navigation";
import { adminRoles, requireRole } from "@/server/session";
import { listUsers } from "@/server/user-admin";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/utilisateurs">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminUsers" });
  return { title: t("title"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/admin/utilisateurs">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const caller = await requireRole(adminRoles, locale, getPathname({ href: "/admin/utilisateurs", locale }));
  const query = await searchParams;
  const q = one(query.q)?.trim() ?? "";
  const cursor = one(query.after);
  const result = await listUsers(caller, { query: q, cursor });
  if (!result) forbidden();
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  const search = q ? { q } : {};

  return (
    <div>
      <AdminNav role={caller.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="user-search" className="block font-medium">
            {t("search")}
          </label>
          <input id="user-search" name="q" type="search" defaultValue={q} maxLength={100} className="block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm" />
        </div>
        <button type="submit" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
          {t("searchSubmit")}
        </button>
      </form>
      {result.matching !== undefined && (
        <p className="mt-4 text-slate-700" role="status">
          {t("count", { count: result.matching })}
        </p>
      )}
      {result.items.length === 0 ? (
        q && <p className="mt-4">{t("noResults")}</p>
      ) : (
        <div className="mt-4">
          <UsersTable items={result.items} callerId={caller.id} locale={locale} />
        </div>
      )}
      <Pager
        label={t("pagination")}
        previous={cursor ? { href: { pathname: "/admin/utilisateurs", query: search }, text: t("newest") } : undefined}
        next={result.nextCursor ? { href: { pathname: "/admin/utilisateurs", query: { ...search, after: result.nextCursor } }, text: t("older") } : undefined}
      />
    </div>
  );
}
