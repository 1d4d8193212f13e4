"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { routing, type Locale } from "@/i18n/routing";
import { pathInLocale } from "@/i18n/paths";

type Props = { locale: Locale; label: string; short: string };

/**
 * A page whose address differs between languages by more than its path (an
 * article, by its own slug in each language) says so with
 * `<link rel="alternate" hreflang>`; that is the one source the switcher reads.
 */
function alternatePath(locale: Locale): string | null {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${locale}"]`);
  if (!link?.href) return null;
  const url = new URL(link.href, window.location.href);
  return url.pathname + url.search;
}

/** Links to the same page in the other language and remembers the choice. */
export function LanguageSwitcher({ locale, label, short }: Props) {
  const pathname = usePathname();
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const [alternate, setAlternate] = useState<string | null>(null);

  // Metadata changes after each navigation, and may be streamed after the page itself.
  useEffect(() => {
    const read = () => setAlternate(alternatePath(other));
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, other]);

  const common = {
    hrefLang: other,
    lang: other,
    title: label,
    onClick: () => {
      document.cookie = `NEXT_LOCALE=${other}; path=/; max-age=31536000; samesite=lax`;
    },
    className: "rounded border border-slate-300 px-2.5 py-1 text-sm font-semibold text-azblue-700 hover:bg-azblue-50",
  };

  // The name a screen reader or voice control uses starts with the visible text (WCAG 2.5.3).
  const content = (
    <>
      {short}
      <span className="sr-only"> · {label}</span>
    </>
  );

  // Without an alternate, the same route in the other language; an article's
  // other-language slug redirects on the server to the right one anyway.
  return (
    <Link href={alternate ?? pathInLocale(pathname, other)} {...common}>
      {content}
    </Link>
  );
}
