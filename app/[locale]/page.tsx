import { getTranslations, setRequestLocale } from "next-intl/server";
import { LatestNews } from "@/components/news/latest-news";
import { NextEvents } from "@/components/agenda/next-events";
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
      <section className="rounded-2xl bg-azblue-900 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-slate-100">{t("lead")}</p>
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
