import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactForm } from "@/components/contact/contact-form";
import { pageLocale } from "@/i18n/page-locale";
import { routing, type Locale } from "@/i18n/routing";
import { organisationOfSlug, organisationSlug } from "@/lib/organisation-slugs";
import { absoluteUrl } from "@/lib/site-url";

type Props = PageProps<"/[locale]/contact/[organisation]">;

async function organisationOf(params: Props["params"]) {
  const locale = await pageLocale(params);
  const organisation = organisationOfSlug((await params).organisation, locale);
  if (!organisation) notFound();
  return { locale, organisation };
}

const hrefIn = (organisation: Parameters<typeof organisationSlug>[0], locale: Locale) => ({ pathname: "/contact/[organisation]" as const, params: { organisation: organisationSlug(organisation, locale) } });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisation } = await organisationOf(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  // Each language has its own slug: the switcher reads these alternates.
  const languages = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(hrefIn(organisation, l), l)]));
  return { title: t("title", { organisation: tOrg(organisation) }), alternates: { canonical: languages[locale], languages } };
}

/** A form that reaches the staff of one organisation (the embassy, Ulduz, the Cultural Centre). */
export default async function ContactPage({ params }: Props) {
  const { locale, organisation } = await organisationOf(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Contact" });
  const tOrg = await getTranslations({ locale, namespace: "News.organisation" });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title", { organisation: tOrg(organisation) })}</h1>
      <p className="mt-3 text-slate-700">{t(`intro.${organisation}`)}</p>
      <p className="mt-2 mb-6 text-sm text-slate-600">{t("privacy")}</p>
      <ContactForm
        locale={locale}
        organisation={organisation}
        labels={{
          name: t("name"),
          email: t("email"),
          subject: t("subject"),
          message: t("message"),
          messageHint: t("messageHint"),
          website: t("website"),
          submit: t("submit"),
          pending: t("pending"),
        }}
      />
    </div>
  );
}
