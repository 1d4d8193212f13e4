import { setRequestLocale } from "next-intl/server";
import Link from "next/link";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

// Paths outside /fr and /az (`/de/agenda`): no language is known, so the page
// wears the portal's French frame and says it in both languages.
export default function RootNotFound() {
  setRequestLocale("fr");
  const versions = [
    { locale: "fr", href: "/fr", text: fr.NotFound },
    { locale: "az", href: "/az", text: az.NotFound },
  ];
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12 sm:px-6">
          <p className="text-center text-5xl font-bold text-azblue-600" aria-hidden="true">
            404
          </p>
          <div className="mx-auto mt-6 grid max-w-3xl gap-8 sm:grid-cols-2">
            {versions.map(({ locale, href, text }) => (
              <section key={locale} lang={locale} className="rounded-lg border border-slate-200 p-5">
                {locale === "fr" ? <h1 className="text-xl font-bold">{text.title}</h1> : <h2 className="text-xl font-bold">{text.title}</h2>}
                <p className="mt-2 text-slate-700">{text.text}</p>
                <Link href={href} className="mt-4 inline-block font-medium text-azblue-700 underline underline-offset-2">
                  {text.back}
                </Link>
              </section>
            ))}
          </div>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
