import { getTranslations, setRequestLocale } from "next-intl/server";
import { LatestNews } from "@/components/news/latest-news";
import { NextEvents } from "@/components/agenda/next-events";
import { HomeIllustration } from "@/components/home-illustration";
import { Link } from "@/i18n/navigation";

const pillars = [
  { href: "/actualites", title: "newsTitle", text: "newsText", accent: "border-azblue-600" },
  { href: "/agenda", title: "agendaTitle", text: "agendaText", accent: "border-azred-600" },
  { href: "/centenaire", title: "centenaryTitle", text: "centenaryText", accent: "border-azgreen-600" },
] as const;

// Served from the cache (lib/cached-pages.ts).
export const revalidate = 60;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale as "fr" | "az");
  const t = await getTranslations("Home");

  return (
    <>
      {/* A picture first on a phone (a band, not a screen of dark text), beside the words on a wide screen. */}
      <section className="overflow-hidden rounded-2xl bg-azblue-50 ring-1 ring-azblue-600/20 sm:grid sm:grid-cols-[minmax(0,1fr)_18rem] lg:grid-cols-[minmax(0,1fr)_24rem]">
        <HomeIllustration className="block aspect-[2/1] w-full sm:order-2 sm:aspect-auto sm:h-full" />
        <div className="px-5 py-6 sm:px-8 sm:py-10">
          <h1 className="text-2xl font-bold text-azblue-900 sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 text-base leading-relaxed text-slate-800 sm:mt-4 sm:text-lg">{t("lead")}</p>
        </div>
      </section>
      <ul className="mt-8 grid gap-4 sm:grid-cols-3">
        {pillars.map((pillar) => (
          <li key={pillar.href} className={`rounded-xl border-t-4 ${pillar.accent} bg-white p-5 shadow-sm ring-1 ring-slate-200`}>
            <h2 className="text-xl font-semibold">{t(pillar.title)}</h2>
            <p className="mt-2 text-slate-700">{t(pillar.text)}</p>
            <Link href={pillar.href} className="mt-4 inline-block font-medium text-azblue-700 underline underline-offset-2">
              {t("discover")}
              <span className="sr-only">: {t(pillar.title)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <LatestNews />
      <NextEvents />
    </>
  );
}
