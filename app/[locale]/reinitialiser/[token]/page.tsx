import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Link } from "@/i18n/navigation";
import { checkResetLink } from "@/server/password-reset";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/reinitialiser/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "PasswordReset" });
  // The token is in the path: no other site may learn it from a Referer header. Not "no-referrer": a form
  // posted without JavaScript would then carry `Origin: null`, which the request gate refuses as cross-site.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function ResetPasswordPage({ params }: PageProps<"/[locale]/reinitialiser/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "PasswordReset" });
  const state = await checkResetLink(token);

  if (state !== "valid") {
    const message = { used: t("linkUsed"), expired: t("linkExpired"), unknown: t("linkUnknown") }[state];
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-4 text-3xl font-bold">{t("linkUnavailable")}</h1>
        <p className="rounded-md border border-azred-600 bg-red-50 px-3 py-2 font-medium text-azred-600">{message}</p>
        <Link href="/mot-de-passe-oublie" className="mt-6 inline-block font-medium text-azblue-700 underline underline-offset-2">
          {t("requestAgain")}
        </Link>
      </div>
    );
  }

  const labels = {
    newPassword: t("newPassword"),
    newPasswordHint: t("newPasswordHint"),
    confirmPassword: t("confirmPassword"),
    submit: t("resetSubmit"),
    pending: t("resetPending"),
  };
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("resetTitle")}</h1>
      <ResetPasswordForm locale={locale} token={token} labels={labels} />
    </div>
  );
}
