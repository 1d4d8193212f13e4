import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mailLink } from "@/components/mail-link";
import { TextPage } from "@/components/text-page";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { siteContacts } from "@/lib/site-contacts";

export async function generateMetadata({ params }: PageProps<"/[locale]/mentions-legales">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "LegalNotice" });
  return { title: t("title") };
}

// Publisher, director of publication and host come from the SITE_* variables (README).
export default async function LegalNoticePage({ params }: PageProps<"/[locale]/mentions-legales">) {
  setRequestLocale(await pageLocale(params));
  const t = await getTranslations("LegalNotice");
  const contacts = siteContacts();
  const orUnset = (value: string | undefined) => value ?? t("unset");
  return (
    <TextPage
      title={t("title")}
      intro={t("intro")}
      sections={[
        {
          title: t("publisherTitle"),
          body: <p>{t.rich("publisher", { publisher: contacts.publisher, address: orUnset(contacts.publisherAddress), email: contacts.email, mail: mailLink(contacts.email) })}</p>,
        },
        { title: t("directorTitle"), body: <p>{orUnset(contacts.director)}</p> },
        { title: t("hostTitle"), body: <p>{orUnset(contacts.host)}</p> },
        { title: t("contentTitle"), body: <p>{t("content")}</p> },
        {
          title: t("dataTitle"),
          body: (
            <p>
              {t.rich("data", {
                link: (chunks) => (
                  <Link href="/confidentialite" className="text-azblue-700 underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ),
        },
      ]}
    />
  );
}
