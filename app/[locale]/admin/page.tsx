import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHomeCards } from "@/components/admin/admin-home-cards";
import { AdminNav } from "@/components/admin/admin-nav";
import { getPathname } from "@/i18n/navigation";
import { getAdminHomeCounts } from "@/server/admin-home";
import { editorRoles, requireRole } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminHomePage({ params }: PageProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin", locale }));
  const counts = await getAdminHomeCounts(user);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const tHome = await getTranslations({ locale, namespace: "AdminHome" });
  return (
    <div>
      <AdminNav role={user.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("welcome", { name: user.name, role: user.role })}</p>
      {counts && (
        <section aria-labelledby="summary-title" className="mt-8">
          <h2 id="summary-title" className="text-xl font-semibold">
            {tHome("summaryTitle")}
          </h2>
          <AdminHomeCards counts={counts} role={user.role} />
        </section>
      )}
    </div>
  );
}
