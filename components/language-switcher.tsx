"use client";

import { useParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";

type Props = { locale: Locale; label: string; short: string };

/** Links to the same page in the other language and remembers the choice. */
export function LanguageSwitcher({ locale, label, short }: Props) {
  const pathname = usePathname();
  const params = useParams();
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;

  return (
    <Link
      // The typed href needs the route's params; the current ones fit the same route.
      href={{ pathname, params } as never}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={label}
      title={label}
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${other}; path=/; max-age=31536000; samesite=lax`;
      }}
      className="rounded border border-slate-300 px-2.5 py-1 text-sm font-semibold text-azblue-700 hover:bg-azblue-50"
    >
      {short}
    </Link>
  );
}
