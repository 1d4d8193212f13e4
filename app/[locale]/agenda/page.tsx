import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComingSoon } from "@/components/coming-soon";
import type { Locale } from "@/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/agenda">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Pages" });
  return { title: t("agenda") };
}

export default async function Page({ params }: PageProps<"/[locale]/agenda">) {
  setRequestLocale((await params).locale as Locale);
  const t = await getTranslations("Pages");
  return <ComingSoon title={t("agenda")} />;
}
