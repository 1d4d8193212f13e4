import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mailLink } from "@/components/mail-link";
import { TextPage } from "@/components/text-page";
import { pageLocale } from "@/i18n/page-locale";
import { siteContacts } from "@/lib/site-contacts";

export async function generateMetadata({ params }: PageProps<"/[locale]/confidentialite">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/confidentialite">) {
  setRequestLocale(await pageLocale(params));
  const t = await getTranslations("Privacy");
  const contacts = siteContacts();
  return (
    <TextPage
      title={t("title")}
      intro={t("intro")}
      sections={[
        { title: t("dataTitle"), body: <p>{t("data")}</p> },
        { title: t("cookiesTitle"), body: <p>{t("cookies")}</p> },
        { title: t("rightsTitle"), body: <p>{t.rich("rights", { publisher: contacts.publisher, email: contacts.email, mail: mailLink(contacts.email) })}</p> },
      ]}
    />
  );
}
