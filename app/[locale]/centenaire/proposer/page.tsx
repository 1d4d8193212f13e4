import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaFormPage } from "@/components/ideas/idea-form-page";
import { UnverifiedNotice } from "@/components/verification/unverified-notice";
import { getPathname } from "@/i18n/navigation";
import { requireUser } from "@/server/session";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/proposer">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Ideas" });
  return { title: t("propose"), robots: { index: false } };
}

export default async function ProposeIdeaPage({ params }: PageProps<"/[locale]/centenaire/proposer">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, getPathname({ href: "/centenaire/proposer", locale }));
  const t = await getTranslations({ locale, namespace: "Ideas" });
  return (
    <>
      <div className="mx-auto mb-6 max-w-2xl empty:hidden">
        <UnverifiedNotice locale={locale} caller={user} />
      </div>
      <IdeaFormPage locale={locale} title={t("propose")} userName={user.name} initial={{ language: locale, visibility: "named" }} />
    </>
  );
}
