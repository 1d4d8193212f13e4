import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/confidentialite">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/confidentialite">) {
  setRequestLocale(await pageLocale(params));
  const t = await getTranslations("Privacy");
  const sections = [
    ["dataTitle", "data"],
    ["cookiesTitle", "cookies"],
    ["rightsTitle", "rights"],
  ] as const;
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 leading-relaxed text-slate-700">{t("intro")}</p>
      {sections.map(([title, text]) => (
        <section key={title} className="mt-6">
          <h2 className="text-xl font-semibold">{t(title)}</h2>
          <p className="mt-2 leading-relaxed text-slate-700">{t(text)}</p>
        </section>
      ))}
    </article>
  );
}
