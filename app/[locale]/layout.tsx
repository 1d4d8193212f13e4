import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorMessagesProvider } from "@/components/error-messages";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { pageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";

// Nothing is prerendered at build, so that the build never opens the database: a
// cached page (lib/cached-pages.ts) is rendered at its first visit, then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "fr", namespace: "Metadata" });
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations("Nav");
  const tError = await getTranslations("ErrorPage");

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <ErrorMessagesProvider messages={{ title: tError("title"), text: tError("text"), retry: tError("retry") }}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
