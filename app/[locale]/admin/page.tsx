import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgendaSummary } from "@/components/agenda/agenda-summary";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { editorRoles, requireRole } from "@/server/session";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminHomePage({ params }: PageProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  const user = await requireRole(editorRoles, locale, getPathname({ href: "/admin", locale }));
  const t = await getTranslations({ locale, namespace: "Admin" });
  const tRoles = await getTranslations({ locale, namespace: "Roles" });
  return (
    <div>
      <AdminNav role={user.role} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("welcome", { name: user.name, role: tRoles(user.role) })}</p>
      <p className="mt-2 text-slate-700">{t("sections")}</p>
      <AgendaSummary />
    </div>
  );
}
