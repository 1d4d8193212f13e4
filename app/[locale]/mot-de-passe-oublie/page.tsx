import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetRequestForm } from "@/components/auth/reset-request-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/mot-de-passe-oublie">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "PasswordReset" });
  return { title: t("requestTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/mot-de-passe-oublie">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations("PasswordReset");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("requestTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("requestIntro")}</p>
      <ResetRequestForm locale={locale} labels={{ email: t("email"), submit: t("requestSubmit"), pending: t("requestPending") }} />
      <Link href="/connexion" className="mt-6 inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("backToSignIn")}
      </Link>
    </div>
  );
}
