import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { choiceLabels } from "@/components/subscriptions/choice-labels";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { pageAlternates } from "@/lib/site-url";

export async function generateMetadata({ params }: PageProps<"/[locale]/abonnement">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  const languages = pageAlternates("/abonnement");
  return { title: t("title"), description: t("intro"), alternates: { canonical: languages[locale], languages } };
}

/** Anyone subscribes here, signed in or not; the same cached page for every reader. */
export default async function SubscribePage({ params }: PageProps<"/[locale]/abonnement">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro")}</p>
      <p className="mt-2 mb-6 text-sm text-slate-600">
        {t("privacy")}{" "}
        <Link href="/confidentialite" className="text-azblue-700 underline underline-offset-2">
          {t("privacyLink")}
        </Link>
      </p>
      <SubscribeForm locale={locale} labels={{ ...(await choiceLabels(locale)), email: t("email"), website: t("website") }} />
    </div>
  );
}
