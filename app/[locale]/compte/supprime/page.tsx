import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/supprime">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Account" });
  return { title: t("deletedTitle"), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: PageProps<"/[locale]/compte/supprime">) {
  setRequestLocale(await pageLocale(params));
  const t = await getTranslations("Account");
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="text-3xl font-bold">{t("deletedTitle")}</h1>
      <p className="mt-4 leading-relaxed text-slate-700">{t("deletedText")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-azblue-700 underline underline-offset-2">
        {t("deletedBack")}
      </Link>
    </div>
  );
}
