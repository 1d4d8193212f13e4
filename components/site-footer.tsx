import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { organisationHref } from "@/lib/organisations/organisation-urls";

const footerLinks = [
  { href: "/abonnement", key: "subscribe" },
  { href: "/mentions-legales", key: "legalNotice" },
  { href: "/confidentialite", key: "privacy" },
  { href: "/accessibilite", key: "accessibility" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  const locale = (await getLocale()) as Locale;
  // Each organisation's name leads to its page, where its contact form, address and feeds are.
  const organisations = [
    ["embassy", "embassy"],
    ["ulduz", "ulduz"],
    ["culturalCentre", "cultural_centre"],
  ] as const;
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm text-slate-700 sm:grid-cols-2 sm:px-6">
        <div>
          <h2 className="mb-2 font-semibold text-slate-900">{t("organisations")}</h2>
          <ul className="space-y-1">
            {organisations.map(([key, organisation]) => (
              <li key={key}>
                <Link href={organisationHref(organisation, locale)} className="text-azblue-700 underline underline-offset-2">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-col gap-2 sm:items-end">
          {footerLinks.map(({ href, key }) => (
            <Link key={key} href={href} className="text-azblue-700 underline underline-offset-2">
              {t(key)}
            </Link>
          ))}
          <p>{t("copyright", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
