import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import { UNREAD_MARK } from "@/lib/unread-mark";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { BrandMark } from "./brand-mark";
import { HeaderSearch, MenuSearch } from "./search/header-search";

const pillars = [
  { href: "/actualites", key: "news" },
  { href: "/agenda", key: "agenda" },
  { href: "/centenaire", key: "centenary" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("Nav");
  const tSite = await getTranslations("Metadata");
  const tLang = await getTranslations("LanguageSwitcher");
  const locale = await getLocale();
  // The unread count is the reader's: the sentence comes with a mark the menu replaces by their number.
  const accountLabels = { signIn: t("signIn"), signUp: t("signUp"), account: t("account"), admin: t("admin"), unreadOne: t("unreadOne"), unreadMany: t("unreadMany", { count: UNREAD_MARK }) };
  const accountHrefs = {
    signIn: getPathname({ href: "/connexion", locale }),
    signUp: getPathname({ href: "/inscription", locale }),
    account: getPathname({ href: "/compte", locale }),
    admin: getPathname({ href: "/admin", locale }),
  };

  const navLinks = pillars.map((pillar) => (
    <li key={pillar.key}>
      <Link href={pillar.href} className="block rounded px-3 py-2 font-medium text-slate-700 hover:bg-azblue-50 hover:text-azblue-700">
        {t(pillar.key)}
      </Link>
    </li>
  ));

  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div aria-hidden="true" className="flex h-1.5">
        <span className="flex-1 bg-azblue-600" />
        <span className="flex-1 bg-azred-600" />
        <span className="flex-1 bg-azgreen-600" />
      </div>
      {/* At 360 px the site's name has about 100 px beside the buttons: the smaller mark and gaps below 640 px, and a
          figure for the account link (components/account-menu.tsx), leave room for its longest word, "Azerbaïdjanais". */}
      <div className="mx-auto flex max-w-5xl items-center gap-1.5 px-3 py-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-1.5 text-sm leading-tight font-semibold text-azblue-900 sm:gap-2 sm:text-base">
          <BrandMark className="h-7 w-7 shrink-0 sm:h-8 sm:w-8" />
          <span>{tSite("siteName")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="ml-auto hidden md:block">
          <ul className="flex items-center gap-1">{navLinks}</ul>
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-0.5 sm:gap-2 md:ml-0">
          <HeaderSearch locale={locale} />
          <LanguageSwitcher locale={locale} label={tLang("switchTo")} short={tLang("short")} />
          <AccountMenu labels={accountLabels} hrefs={accountHrefs} />
        </div>
        {/* The phone menu needs no JavaScript: a disclosure element does the job. */}
        <details className="relative shrink-0 md:hidden">
          <summary className="cursor-pointer list-none rounded border border-slate-300 px-2 py-1.5 text-sm font-medium">{t("menu")}</summary>
          <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
            <MenuSearch locale={locale} />
            <nav aria-label={t("mainNavigation")}>
              <ul>{navLinks}</ul>
            </nav>
          </div>
        </details>
      </div>
    </header>
  );
}
