import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mailLink } from "@/components/mail-link";
import { TextPage } from "@/components/text-page";
import { pageLocale } from "@/i18n/page-locale";
import { siteContacts } from "@/lib/site-contacts";

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibilite">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Accessibility" });
  return { title: t("title") };
}

/** The accessibility statement French law asks of the portal (RGAA 4.1), with a way to report a barrier. */
export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibilite">) {
  setRequestLocale(await pageLocale(params));
  const t = await getTranslations("Accessibility");
  const contacts = siteContacts();
  return (
    <TextPage
      title={t("title")}
      intro={t("intro", { publisher: contacts.publisher })}
      sections={[
        { title: t("statusTitle"), body: <p>{t("status")}</p> },
        { title: t("testedTitle"), body: <p>{t("tested")}</p> },
        { title: t("feedbackTitle"), body: <p>{t.rich("feedback", { email: contacts.email, mail: mailLink(contacts.email) })}</p> },
        {
          title: t("remedyTitle"),
          body: (
            <>
              <p>{t("remedy")}</p>
              <p className="text-sm text-slate-500">{t("dated")}</p>
            </>
          ),
        },
      ]}
    />
  );
}
