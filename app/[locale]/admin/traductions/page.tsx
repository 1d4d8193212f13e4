import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ArticleTable } from "@/components/news/admin/article-table";
import { DeskScopeFilter } from "@/components/news/admin/desk-scope-filter";
import { getPathname, Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { listTranslationDesk, readDeskScope } from "@/server/news/translation-desk";
import { editorRoles, requireRole } from "@/server/session";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/traductions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "TranslationDesk" });
  return { title: t("title"), robots: { index: false } };
}

/** The translation desk: articles with a version missing or maybe out of date, the editor's organisations by default. */
export default async function TranslationDeskPage({ params, searchParams }: PageProps<"/[locale]/admin/traductions">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const path = getPathname({ href: "/admin/traductions", locale });
  const user = await requireRole(editorRoles, locale, path);
  const search = await searchParams;
  const scope = readDeskScope(first(search.org));
  const after = first(search.after) ?? null;
  const { rows, next } = await listTranslationDesk(user, { scope, after });
  const t = await getTranslations({ locale, namespace: "TranslationDesk" });
  const tList = await getTranslations({ locale, namespace: "NewsAdmin.list" });
  const keep: Record<string, string> = scope === "mine" ? {} : { org: scope };

  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <DeskScopeFilter action={path} scope={scope} />
      {rows.length ? <ArticleTable rows={rows} /> : <p>{t("empty")}</p>}
      {(after || next) && (
        <nav aria-label={tList("pagination")} className="flex gap-4">
          {after && (
            <Link href={{ pathname: "/admin/traductions", query: keep }} className="font-medium text-azblue-700 underline underline-offset-2">
              {tList("first")}
            </Link>
          )}
          {next && (
            <Link href={{ pathname: "/admin/traductions", query: { ...keep, after: next } }} className="font-medium text-azblue-700 underline underline-offset-2">
              {tList("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
