import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormSuccess } from "@/components/forms/form-success";
import { getPathname, Link } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/safe-redirect";
import { pageLocale } from "@/i18n/page-locale";

// Rendered per request (it reads the session or the address's query); the cached pages are in lib/cached-pages.ts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/connexion">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/connexion">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const { callbackUrl, reset } = await searchParams;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const tCode = await getTranslations({ locale, namespace: "SignInCode" });
  const returnTo = safeReturnPath(callbackUrl, "") || undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {reset === "1" && (
        <div className="mb-4">
          <FormSuccess message={t("resetDone")} />
        </div>
      )}
      <SignInForm
        locale={locale}
        callbackUrl={returnTo}
        labels={{ email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending") }}
        codeLabels={{
          // The email is put in by the form, which knows it only after the first step.
          intro: tCode.raw("intro") as string,
          code: tCode("code"),
          codeHint: tCode("codeHint"),
          submit: tCode("submit"),
          pending: tCode("pending"),
          startOver: tCode("startOver"),
          startOverHref: getPathname({ href: "/connexion", locale }),
        }}
      />
      <p className="mt-4">
        <Link href="/mot-de-passe-oublie" className="font-medium text-azblue-700 underline underline-offset-2">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="mt-6 text-slate-700">
        {t("noAccount")}{" "}
        <Link href={{ pathname: "/inscription", query: returnTo ? { callbackUrl: returnTo } : {} }} className="font-medium text-azblue-700 underline underline-offset-2">
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
