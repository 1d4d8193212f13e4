import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ArticleFilters } from "@/components/news/admin/article-filters";
import { ArticleTable } from "@/components/news/admin/article-table";
import { organisations } from "@/db/schema";
import { getPathname, Link } from "@/i18n/navigation";
import { listArticlesForEditor, type EditorFilters, type EditorialStatus } from "@/server/news/editor-queries";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

const statuses: readonly EditorialStatus[] = ["draft", "scheduled", "published"];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/actualites">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "NewsAdmin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminNewsPage({ params, searchParams }: PageProps<"/[locale]/admin/actualites">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const path = getPathname({ href: "/admin/actualites", locale });
  const user = await requireRole(editorRoles, locale, path);
  const search = await searchParams;
  const filters: EditorFilters = {
    status: statuses.find((s) => s === first(search.status)),
    organisation: organisations.find((o) => o === first(search.org)),
    query: first(search.q)?.slice(0, 200),
    after: first(search.after) ?? null,
  };
  const { rows, next } = await listArticlesForEditor(user, filters);
  const t = await getTranslations({ locale, namespace: "NewsAdmin" });
  const keep = Object.fromEntries(Object.entries({ q: filters.query, status: filters.status, org: filters.organisation }).filter(([, v]) => v)) as Record<string, string>;

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href="/admin/actualites/nouveau" className="rounded-md bg-azblue-600 px-4 py-2 font-semibold text-white hover:bg-azblue-700">
          {t("newArticle")}
        </Link>
      </div>
      {first(search.deleted) === "1" && (
        <p role="status" className="rounded-md border border-azgreen-600 bg-green-50 px-4 py-3 font-medium text-azgreen-600">
          {t("deleted")}
        </p>
      )}
      <ArticleFilters action={path} filters={filters} />
      {rows.length ? <ArticleTable rows={rows} /> : <p>{t("list.empty")}</p>}
      {(filters.after || next) && (
        <nav aria-label={t("list.pagination")} className="flex gap-4">
          {filters.after && (
            <Link href={{ pathname: "/admin/actualites", query: keep }} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("list.first")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/admin/actualites", query: { ...keep, after: next } }} className="font-medium text-azblue-700 underline underline-offset-2">
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
