import Link from "next/link";
import { BrandMark } from "@/components/brand-mark";
import az from "@/messages/az.json";
import fr from "@/messages/fr.json";

const versions = [
  { locale: "fr", href: "/fr", text: fr.NotFound },
  { locale: "az", href: "/az", text: az.NotFound },
] as const;

/**
 * Paths outside /fr and /az (`/de/agenda`): no language is known, so the page
 * wears the portal's frame and says it in both languages. Next renders this
 * component along with every page (as its 404 fallback): it reads the
 * messages directly and never sets the request's language, which would
 * change the language of the page it rides along with.
 */
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <div aria-hidden="true" className="flex h-1.5">
            <span className="flex-1 bg-azblue-600" />
            <span className="flex-1 bg-azred-600" />
            <span className="flex-1 bg-azgreen-600" />
          </div>
          <div className="mx-auto flex max-w-5xl items-center gap-2 px-3 py-3 sm:px-6">
            <Link href="/fr" className="flex items-center gap-2 font-semibold text-azblue-900">
              <BrandMark className="h-8 w-8 shrink-0" />
              <span>
                {fr.Metadata.siteName} · <span lang="az">{az.Metadata.siteName}</span>
              </span>
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12 sm:px-6">
          <p className="text-center text-5xl font-bold text-azblue-600" aria-hidden="true">
            404
          </p>
          <div className="mx-auto mt-6 grid max-w-3xl gap-6 sm:grid-cols-2">
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
        <footer className="mt-12 border-t border-slate-200 bg-slate-50 py-6 text-center text-sm text-slate-700">
          {[fr.Footer.embassy, fr.Footer.ulduz, fr.Footer.culturalCentre].join(" · ")}
        </footer>
      </body>
    </html>
  );
}
