import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ArticleForm } from "@/components/news/admin/article-form";
import { articleFormLabels } from "@/components/news/admin/form-labels";
import { getPathname, Link } from "@/i18n/navigation";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";
import { organisationsOf } from "@/server/organisations/membership";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/actualites/nouveau">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "NewsAdmin" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewArticlePage({ params }: PageProps<"/[locale]/admin/actualites/nouveau">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin/actualites/nouveau", locale }));
  const t = await getTranslations({ locale, namespace: "NewsAdmin" });
  return (
    <div className="space-y-6">
      <AdminNav role={user.role} />
      <Link href="/admin/actualites" className="text-sm font-medium text-azblue-700 underline underline-offset-2">
        {t("backToList")}
      </Link>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <ArticleForm locale={locale} articleId={null} initial={{ status: "draft" }} labels={await articleFormLabels(locale, await organisationsOf(user))} notify={{ defaultOn: true, sent: false }} />
    </div>
  );
}
