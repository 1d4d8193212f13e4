import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/coming-soon";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { requireUser } from "@/server/session";

export async function generateMetadata({ params }: PageProps<"/[locale]/centenaire/proposer">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Pages" });
  return { title: t("proposeIdea") };
}

export default async function ProposeIdeaPage({ params }: PageProps<"/[locale]/centenaire/proposer">) {
  const locale = (await params).locale as Locale;
  await requireUser(locale, getPathname({ href: "/centenaire/proposer", locale }));
  const t = await getTranslations({ locale, namespace: "Pages" });
  return <ComingSoon title={t("proposeIdea")} />;
}
