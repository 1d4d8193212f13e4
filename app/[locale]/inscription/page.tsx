import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { safeReturnPath } from "@/lib/safe-redirect";

// Rendered per request: it reads the page to return to from the address's query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/inscription">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "SignUp" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/inscription">) {
  const locale = await pageLocale(params);
  // The page the reader came from (an event): the confirmation mail leads back to it.
  const returnTo = safeReturnPath((await searchParams).callbackUrl, "") || undefined;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignUp" });
  const labels = {
    name: t("name"),
    email: t("email"),
    password: t("password"),
    passwordHint: t("passwordHint"),
    submit: t("submit"),
    pending: t("pending"),
  };
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <SignUpForm locale={locale} labels={labels} returnTo={returnTo} />
      <p className="mt-6 text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/connexion", query: returnTo ? { callbackUrl: returnTo } : {} }} className="font-medium text-azblue-700 underline underline-offset-2">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
