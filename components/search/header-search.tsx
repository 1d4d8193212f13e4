import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" className="h-5 w-5">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

function SearchForm({ id, action, label, placeholder, submit, className }: { id: string; action: string; label: string; placeholder: string; submit: string; className: string }) {
  return (
    <form role="search" action={action} method="get" className={className}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" required maxLength={200} placeholder={placeholder} className="min-w-0 flex-1 rounded-l-md border border-slate-300 px-2.5 py-1.5 text-sm" />
      <button type="submit" className="rounded-r-md border border-l-0 border-azblue-600 bg-azblue-600 px-2.5 py-1.5 text-white hover:bg-azblue-700">
        <SearchIcon />
        <span className="sr-only">{submit}</span>
      </button>
    </form>
  );
}

/**
 * The header's way to the one search (/fr/recherche, /az/axtaris): a plain GET
 * form, so it works without JavaScript. Wide screens show it in the header's
 * row; middling ones a button that opens it below, a disclosure element like
 * the menu. Phones (under 640 px) have no room in the row for that button
 * beside the site's name: their box is in the menu (MenuSearch).
 */
export async function HeaderSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations("Search.header");
  const action = getPathname({ href: "/recherche", locale });
  return (
    <>
      <SearchForm id="header-search-wide" action={action} label={t("label")} placeholder={t("placeholder")} submit={t("submit")} className="hidden w-52 shrink lg:flex" />
      <details className="hidden shrink-0 sm:block lg:hidden">
        <summary className="flex cursor-pointer list-none items-center rounded border border-slate-300 px-2 py-1.5 text-slate-700">
          <SearchIcon />
          <span className="sr-only">{t("label")}</span>
        </summary>
        <div className="absolute inset-x-0 z-20 mt-3 border-b border-slate-200 bg-white px-3 py-3 shadow-md sm:px-6">
          <SearchForm id="header-search-narrow" action={action} label={t("label")} placeholder={t("placeholder")} submit={t("submit")} className="mx-auto flex max-w-5xl" />
        </div>
      </details>
    </>
  );
}

/** The search box at the top of the phone menu, on screens too narrow for the header's button. */
export async function MenuSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations("Search.header");
  return <SearchForm id="header-search-menu" action={getPathname({ href: "/recherche", locale })} label={t("label")} placeholder={t("placeholder")} submit={t("submit")} className="mb-2 flex sm:hidden" />;
}
